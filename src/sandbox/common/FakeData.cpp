#include "common/FakeData.h"

#include <QDateTime>
#include <QTimeZone>

namespace kontor::sandbox {

namespace {

struct Name
{
    const char* native;
    const char* latin;
    bool female;
};

struct Surname
{
    const char* male;
    const char* female; // Russian surnames change with gender
    const char* latin;
};

struct Place
{
    const char* town;
    const char* zip;
};

struct Goods
{
    const char* name;
    const char* slug;
    int priceCents;
};

const Name kDeFirst[] = {
    {"Jürgen", "juergen", false}, {"Jörg", "joerg", false},  {"Günther", "guenther", false}, {"Björn", "bjoern", false},
    {"Sören", "soeren", false},   {"Lukas", "lukas", false}, {"Maximilian", "max", false},   {"Ömer", "oemer", false},
    {"Käthe", "kaethe", true},    {"Dörte", "doerte", true}, {"Mareike", "mareike", true},   {"Hannah", "hannah", true},
    {"Sophie", "sophie", true},   {"Renée", "renee", true},  {"Grete", "grete", true},
};
const Surname kDeLast[] = {
    {"Müller", nullptr, "mueller"},  {"Schäfer", nullptr, "schaefer"},   {"Großmann", nullptr, "grossmann"},
    {"Weiß", nullptr, "weiss"},      {"Köhler", nullptr, "koehler"},     {"Bäcker", nullptr, "baecker"},
    {"Fischer", nullptr, "fischer"}, {"Schröder", nullptr, "schroeder"}, {"Hoffmann", nullptr, "hoffmann"},
    {"Krämer", nullptr, "kraemer"},  {"Lübke", nullptr, "luebke"},       {"Fuß", nullptr, "fuss"},
    {"Öztürk", nullptr, "oeztuerk"}, {"Wagner", nullptr, "wagner"},
};
const char* const kDeStreets[] = {
    "Hauptstraße",   "Königsallee", "Schloßstraße",           "Am Mühlbach",   "Goethestraße", "Lindenweg",
    "Kölner Straße", "Gärtnerweg",  "Friedrich-Ebert-Straße", "Über den Höfen"};
const Place kDeTowns[] = {{"München", "80331"},  {"Köln", "50667"},    {"Düsseldorf", "40213"},
                          {"Nürnberg", "90402"}, {"Dresden", "01067"}, {"Lübeck", "23552"},
                          {"Würzburg", "97070"}, {"Görlitz", "02826"}, {"Saarbrücken", "66111"},
                          {"Göttingen", "37073"}};

const Name kRuFirst[] = {
    {"Дмитрий", "dmitry", false}, {"Алексей", "aleksey", false}, {"Сергей", "sergey", false},
    {"Михаил", "mikhail", false}, {"Фёдор", "fyodor", false},    {"Илья", "ilya", false},
    {"Ольга", "olga", true},      {"Наталья", "natalya", true},  {"Екатерина", "ekaterina", true},
    {"Юлия", "yulia", true},      {"Анна", "anna", true},        {"Татьяна", "tatyana", true},
};
const Surname kRuLast[] = {
    {"Иванов", "Иванова", "ivanov"},     {"Кузнецов", "Кузнецова", "kuznetsov"}, {"Смирнов", "Смирнова", "smirnov"},
    {"Соколов", "Соколова", "sokolov"},  {"Лебедев", "Лебедева", "lebedev"},     {"Волков", "Волкова", "volkov"},
    {"Фёдоров", "Фёдорова", "fyodorov"}, {"Морозов", "Морозова", "morozov"},     {"Журавлёв", "Журавлёва", "zhuravlev"},
    {"Новиков", "Новикова", "novikov"},
};
const char* const kRuStreets[] = {"ул. Ленина",  "Невский проспект", "пр. Просвещения", "ул. Тверская",
                                  "Садовая ул.", "ул. Пушкина",      "наб. реки Мойки", "ул. Большая Морская",
                                  "Ёлочная ул.", "ш. Энтузиастов"};
const Place kRuTowns[] = {{"Москва", "101000"},       {"Санкт-Петербург", "190000"}, {"Новосибирск", "630000"},
                          {"Екатеринбург", "620000"}, {"Казань", "420000"},          {"Нижний Новгород", "603000"},
                          {"Самара", "443000"},       {"Ростов-на-Дону", "344000"}};

const Name kHuFirst[] = {
    {"Gergő", "gergo", false},  {"Bence", "bence", false},   {"Dávid", "david", false},      {"Áron", "aron", false},
    {"Örs", "ors", false},      {"Lőrinc", "lorinc", false}, {"Ödön", "odon", false},        {"Márk", "mark", false},
    {"Zsófia", "zsofia", true}, {"Réka", "reka", true},      {"Eszter", "eszter", true},     {"Kinga", "kinga", true},
    {"Csilla", "csilla", true}, {"Tünde", "tunde", true},    {"Hajnalka", "hajnalka", true},
};
const Surname kHuLast[] = {
    {"Nagy", nullptr, "nagy"},     {"Kovács", nullptr, "kovacs"},   {"Tóth", nullptr, "toth"},
    {"Szabó", nullptr, "szabo"},   {"Horváth", nullptr, "horvath"}, {"Molnár", nullptr, "molnar"},
    {"Németh", nullptr, "nemeth"}, {"Takács", nullptr, "takacs"},   {"Szűcs", nullptr, "szucs"},
    {"Erdős", nullptr, "erdos"},   {"Fűzfa", nullptr, "fuzfa"},     {"Gál", nullptr, "gal"},
};
const char* const kHuStreets[] = {"Kossuth Lajos utca",   "Petőfi Sándor utca",   "Rákóczi út",      "Széchenyi tér",
                                  "Bajcsy-Zsilinszky út", "Árpád fejedelem útja", "Dózsa György út", "Fő utca",
                                  "Kölcsey Ferenc utca",  "Vörösmarty tér"};
const Place kHuTowns[] = {{"Budapest", "1051"},       {"Pécs", "7621"},      {"Debrecen", "4024"},
                          {"Szeged", "6720"},         {"Győr", "9021"},      {"Miskolc", "3525"},
                          {"Székesfehérvár", "8000"}, {"Kecskemét", "6000"}, {"Sopron", "9400"}};

const char* const kDeCompanies[] = {"Müller & Söhne GmbH", "Bäckerei Schäfer KG", "Druckhaus Görlitz GmbH",
                                    "Grünwald Möbel AG", "Süßwaren Köhler e.K."};
const char* const kRuCompanies[] = {"ООО «Ромашка»", "АО «Северный ветер»", "ИП Кузнецов А. В.", "ООО «Технопарк-Юг»",
                                    "ЗАО «Балтика»"};
const char* const kHuCompanies[] = {"Koala Adventures Teszt Bt.", "Fűszerkert Kft.", "Erdős és Társa Bt.",
                                    "Tündérkert Zrt.", "Szőlőskert Kft."};

const char* const kDeComments[] = {"Bitte beim Nachbarn abgeben", "Lieferung nur vormittags", "Rückfragen an Frau Weiß",
                                   "Größe bitte prüfen"};
const char* const kRuComments[] = {"После шести", "Позвонить за час до доставки", "Домофон не работает",
                                   "Оставить у консьержа"};
const char* const kHuComments[] = {"Kérem, csengessen kétszer", "Délután 5 után", "A szomszédnál hagyható",
                                   "Előre telefonáljon"};

const Goods kDePrint[] = {{"Visitenkarten, 85 × 55 mm, 350 g/m² matt", "visitenkarten", 2990},
                          {"Flyer DIN A5, beidseitig, 135 g/m²", "flyer-a5", 4590},
                          {"Briefpapier DIN A4, 90 g/m²", "briefpapier-a4", 6900},
                          {"Roll-Up Display 85 × 200 cm", "rollup", 8900},
                          {"Aufkleber rund, Ø 50 mm", "aufkleber", 1990},
                          {"Broschüre A4, 16 Seiten, geheftet", "broschuere-a4", 15900},
                          {"Plakat DIN A1, glänzend", "plakat-a1", 2450}};
const Goods kRuPrint[] = {{"Визитки 90 × 50 мм, мелованная бумага", "vizitki", 1500},
                          {"Листовки А5, двусторонние", "listovki-a5", 3200},
                          {"Фирменные бланки А4", "blanki-a4", 4100},
                          {"Наклейки круглые Ø 50 мм", "nakleyki", 1250},
                          {"Буклет евро, 3 сложения", "buklet", 5600},
                          {"Календарь настенный «Ёлки» 2026", "kalendar", 9900}};
const Goods kHuPrint[] = {{"Névjegykártya, 90 × 50 mm, fényes", "nevjegykartya", 2490},
                          {"Szórólap A5, kétoldalas", "szorolap-a5", 3990},
                          {"Levélpapír A4, 90 g/m²", "levelpapir-a4", 5490},
                          {"Öntapadós matrica, Ø 50 mm", "matrica", 1790},
                          {"Füzet A4, 16 oldal, tűzött", "fuzet-a4", 12900},
                          {"Plakát A2, selyemfényű", "plakat-a2", 2190}};

const Goods kRuGrocery[] = {{"Коньяк \"Анри\" 3-летний 40,0% 0,5л", "konyak-anri", 10010},
                            {"Коньяк \"Father's Old Barrel' 3-летний 40% 0.5 л.", "konyak-fob", 32072},
                            {"Чай «Иван-чай» листовой 100 г", "ivan-chay", 24900},
                            {"Мёд липовый 500 г", "myod", 45000},
                            {"Кофе молотый «Арабика» 250 г", "kofe", 39990},
                            {"Сыр «Российский» 45%, 1 кг", "syr", 69900},
                            {"Хлеб Бородинский", "khleb", 5990}};
const Goods kDeGrocery[] = {{"Früchtetee Hagebutte, 20 Beutel", "fruechtetee", 24900},
                            {"Nürnberger Lebkuchen, 200 g", "lebkuchen", 35000},
                            {"Apfelsaft naturtrüb 1 l", "apfelsaft", 15900},
                            {"Weißwurst-Senf süß", "senf", 12900}};
const Goods kHuGrocery[] = {{"Pick téliszalámi 400 g", "szalami", 99000},
                            {"Tokaji aszú 5 puttonyos 0,5 l", "tokaji", 289000},
                            {"Szegedi fűszerpaprika, édes, 100 g", "paprika", 19900},
                            {"Túró Rudi 30 g", "turo-rudi", 3900}};

const Goods kHuShop[] = {{"Szuperhős Póló", "szuperhos-polo", 120000},
                         {"Kötött sál", "kotott-sal", 450000},
                         {"Bőr pénztárca", "bor-penztarca", 890000},
                         {"Gyermek overál", "gyermek-overal", 799000},
                         {"Kerámia bögre „Üdvözlet Győrből”", "keramia-bogre", 249000},
                         {"Fűszerpaprika őrölt, 250 g", "fuszerpaprika", 129000}};
const Goods kDeShop[] = {{"Kaffeebecher „Grüße aus Köln“", "kaffeebecher", 129000},
                         {"Wollsocken, 3 Paar", "wollsocken", 159000},
                         {"Brotdose Edelstahl", "brotdose", 219000},
                         {"Lederrucksack „Großstadt“", "lederrucksack", 1890000}};
const Goods kRuShop[] = {{"Матрёшка расписная, 5 шт.", "matryoshka", 549000},
                         {"Платок павловопосадский", "platok", 799000},
                         {"Самовар электрический 3 л", "samovar", 2990000},
                         {"Шапка-ушанка", "ushanka", 649000}};
const char* const kHuVariants[][2] = {
    {"Piros, XL", "piros-xl"}, {"Kék, M", "kek-m"}, {"Fekete, S", "fekete-s"}, {"Zöld, L", "zold-l"}, {"", ""}};
const char* const kDeVariants[][2] = {{"Blau, M", "blau-m"}, {"Grün, L", "gruen-l"}, {"Weiß, S", "weiss-s"}, {"", ""}};
const char* const kRuVariants[][2] = {{"Красный, L", "krasny-l"}, {"Синий, M", "siniy-m"}, {"", ""}};

const char* const kDeCategories[] = {"Möbel",        "Küche & Esszimmer", "Bürostühle",      "Gartenmöbel",
                                     "Kühlschränke", "Geschirr",          "Bettwäsche",      "Lampen & Leuchten",
                                     "Spielzeug",    "Schreibwaren",      "Größen-Übersicht"};
const char* const kRuCategories[] = {"Мебель", "Посуда", "Освещение", "Игрушки", "Канцтовары", "Ёлочные украшения"};
const char* const kHuCategories[] = {"Bútorok",   "Konyhai eszközök", "Lámpák",    "Játékok",
                                     "Írószerek", "Kerti bútor",      "Fürdőszoba"};

struct TypeText
{
    int type;
    const char* de;
    const char* ru;
    const char* hu;
};
const TypeText kCartTexts[] = {
    {2, "Versand DHL Paket", "Доставка СДЭК", "GLS futárszolgálat"},
    {3, "Bearbeitungspauschale", "Обработка заказа", "Kezelési díj"},
    {4, "Dienstleisterversand", "Доставка подрядчиком", "Szolgáltatói szállítás"},
    {5, "Option: Veredelung Glanzlack", "Опция: глянцевый лак", "Opció: fényes lakk"},
    {6, "Freies Kontingent", "Свободный контингент", "Szabad keret"},
    {7, "Lagerrückführung", "Возврат на склад", "Raktári visszavét"},
    {8, "Mindermengenzuschlag", "Надбавка за малый тираж", "Kis mennyiségi felár"},
    {9, "Gutschrift Bearbeitungskosten", "Возврат за обработку", "Kezelési díj jóváírás"},
    {10, "Kundenrabatt", "Скидка клиента", "Vevői kedvezmény"},
    {11, "Zahlung per Rechnung", "Оплата по счёту", "Fizetés átutalással"},
    {12, "Artikelrabatt", "Скидка на товар", "Termékkedvezmény"},
    {13, "Kostenlose Position (Admin)", "Бесплатная позиция (админ)", "Ingyenes tétel (admin)"},
    {14, "Artikelbestellgebühr", "Сбор за заказ товара", "Termékrendelési díj"},
    {15, "Dynamische Option: Wunschtext", "Динамическая опция: текст", "Dinamikus opció: egyedi szöveg"},
    {16, "Postaktuell Mailing", "Почтовая рассылка", "Postai hírlevél"},
    {17, "Kostenübernahme Zentrale", "Оплата центральным офисом", "Költségátvállalás"},
    {18, "Werbekostenzuschuss", "Рекламная субсидия", "Reklámtámogatás"},
    {19, "Zusätzlicher Aufpreis Express", "Доплата за срочность", "Expressz felár"},
    {101, "OCI-Punchout: Toner HP 305A", "OCI-Punchout: картридж HP 305A", "OCI-Punchout: HP 305A toner"},
};

template <typename T, int N>
int countOf(const T (&)[N])
{
    return N;
}

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

Lang FakeData::language(SeededRandom& random, Lang home)
{
    const int r = random.bounded(10);
    if (r < 6)
        return home;
    return static_cast<Lang>(r % 3);
}

QString FakeData::languageCode(Lang lang)
{
    switch (lang) {
    case Lang::Ru:
        return QStringLiteral("ru");
    case Lang::Hu:
        return QStringLiteral("hu");
    case Lang::De:
        break;
    }
    return QStringLiteral("de");
}

QString FakeData::currency(Lang lang)
{
    switch (lang) {
    case Lang::Ru:
        return QStringLiteral("RUB");
    case Lang::Hu:
        return QStringLiteral("HUF");
    case Lang::De:
        break;
    }
    return QStringLiteral("EUR");
}

FakePerson FakeData::person(SeededRandom& random, Lang lang)
{
    FakePerson p;
    p.lang = lang;
    const Name* first = nullptr;
    const Surname* last = nullptr;
    const Place* place = nullptr;
    QString houseNo = QString::number(random.range(1, 120));
    switch (lang) {
    case Lang::De:
        first = &random.pick(kDeFirst);
        last = &random.pick(kDeLast);
        place = &random.pick(kDeTowns);
        p.street = u(random.pick(kDeStreets)) + QLatin1Char(' ') + houseNo;
        p.country = QStringLiteral("Deutschland");
        p.countryCode = QStringLiteral("DE");
        p.phone = QStringLiteral("+49 %1 %2").arg(random.range(30, 911)).arg(random.range(100000, 9999999));
        break;
    case Lang::Ru:
        first = &random.pick(kRuFirst);
        last = &random.pick(kRuLast);
        place = &random.pick(kRuTowns);
        p.street = u(random.pick(kRuStreets)) + QStringLiteral(", д. ") + houseNo;
        if (random.chance(0.4))
            p.street += QStringLiteral(", корп. %1").arg(random.range(1, 6));
        p.country = QStringLiteral("Россия");
        p.countryCode = QStringLiteral("RU");
        p.phone = QStringLiteral("+7 9%1 %2-%3-%4")
                      .arg(random.range(10, 99))
                      .arg(random.range(100, 999))
                      .arg(random.range(10, 99))
                      .arg(random.range(10, 99));
        break;
    case Lang::Hu:
        first = &random.pick(kHuFirst);
        last = &random.pick(kHuLast);
        place = &random.pick(kHuTowns);
        p.street = u(random.pick(kHuStreets)) + QLatin1Char(' ') + houseNo + QLatin1Char('.');
        p.country = QStringLiteral("Magyarország");
        p.countryCode = QStringLiteral("HU");
        p.phone = QStringLiteral("+36 %1 %2 %3")
                      .arg(random.range(20, 70))
                      .arg(random.range(100, 999))
                      .arg(random.range(1000, 9999));
        break;
    }
    p.female = first->female;
    p.first = u(first->native);
    p.last = u(p.female && last->female ? last->female : last->male);
    p.fullName = lang == Lang::Hu ? p.last + QLatin1Char(' ') + p.first : p.first + QLatin1Char(' ') + p.last;
    if (lang == Lang::De)
        p.title = p.female ? QStringLiteral("Frau") : QStringLiteral("Herr");
    else if (lang == Lang::Hu)
        p.title = random.chance(0.2) ? QStringLiteral("Dr.") : QString();
    p.zip = u(place->zip);
    p.town = u(place->town);
    static const char* const kDomains[] = {"example.com", "example.org", "example.net"};
    p.email = QStringLiteral("%1.%2%3@%4")
                  .arg(QLatin1String(first->latin), QLatin1String(last->latin))
                  .arg(random.range(1, 99))
                  .arg(QLatin1String(random.pick(kDomains)));
    if (random.chance(0.3))
        p.company = company(random, lang);
    return p;
}

QString FakeData::company(SeededRandom& random, Lang lang)
{
    switch (lang) {
    case Lang::Ru:
        return u(random.pick(kRuCompanies));
    case Lang::Hu:
        return u(random.pick(kHuCompanies));
    case Lang::De:
        break;
    }
    return u(random.pick(kDeCompanies));
}

QString FakeData::comment(SeededRandom& random, Lang lang)
{
    if (random.chance(0.55))
        return {};
    switch (lang) {
    case Lang::Ru:
        return u(random.pick(kRuComments));
    case Lang::Hu:
        return u(random.pick(kHuComments));
    case Lang::De:
        break;
    }
    return u(random.pick(kDeComments));
}

static FakeGoods goods(const Goods& g)
{
    return FakeGoods{u(g.name), QLatin1String(g.slug), g.priceCents};
}

FakeGoods FakeData::printProduct(SeededRandom& random, Lang lang)
{
    switch (lang) {
    case Lang::Ru:
        return goods(random.pick(kRuPrint));
    case Lang::Hu:
        return goods(random.pick(kHuPrint));
    case Lang::De:
        break;
    }
    return goods(random.pick(kDePrint));
}

FakeGoods FakeData::grocery(SeededRandom& random, Lang lang)
{
    switch (lang) {
    case Lang::Ru:
        return goods(random.pick(kRuGrocery));
    case Lang::Hu:
        return goods(random.pick(kHuGrocery));
    case Lang::De:
        break;
    }
    return goods(random.pick(kDeGrocery));
}

FakeGoods FakeData::shopProduct(SeededRandom& random, Lang lang, QString* variant, QString* variantSlug)
{
    const char* const* v = nullptr;
    FakeGoods g;
    switch (lang) {
    case Lang::Ru:
        g = goods(random.pick(kRuShop));
        v = kRuVariants[random.bounded(countOf(kRuVariants))];
        break;
    case Lang::Hu:
        g = goods(random.pick(kHuShop));
        v = kHuVariants[random.bounded(countOf(kHuVariants))];
        break;
    case Lang::De:
        g = goods(random.pick(kDeShop));
        v = kDeVariants[random.bounded(countOf(kDeVariants))];
        break;
    }
    *variant = u(v[0]);
    *variantSlug = QLatin1String(v[1]);
    return g;
}

QString FakeData::categoryName(SeededRandom& random, Lang lang)
{
    switch (lang) {
    case Lang::Ru:
        return u(random.pick(kRuCategories));
    case Lang::Hu:
        return u(random.pick(kHuCategories));
    case Lang::De:
        break;
    }
    return u(random.pick(kDeCategories));
}

QString FakeData::cartItemText(int type, Lang lang)
{
    for (const TypeText& t : kCartTexts) {
        if (t.type == type)
            return u(lang == Lang::Ru ? t.ru : lang == Lang::Hu ? t.hu : t.de);
    }
    return {};
}

// The formatters below run for every field of every order in large lists (100k orders); QString::arg and
// QDateTime::toString made them the bulk of the time, so they format digits by hand.
namespace {
char* putDigits(char* out, qint64 value, int minDigits)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < minDigits);
    while (n > 0)
        *out++ = buffer[--n];
    return out;
}

QString fixedPoint(qint64 value, qint64 scale, int decimals)
{
    char text[40];
    char* p = text;
    if (value < 0) {
        *p++ = '-';
        value = -value;
    }
    p = putDigits(p, value / scale, 1);
    *p++ = '.';
    p = putDigits(p, value % scale, decimals);
    return QString::fromLatin1(text, p - text);
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civil(qint64 days, qint64* y, int* m, int* d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2 ? 1 : 0);
}

QString formatEpoch(qint64 epochSeconds, bool withTime)
{
    const qint64 days = epochSeconds >= 0 ? epochSeconds / 86400 : (epochSeconds - 86399) / 86400;
    const qint64 secs = epochSeconds - days * 86400;
    qint64 y = 0;
    int m = 0;
    int d = 0;
    civil(days, &y, &m, &d);
    char text[32];
    char* p = putDigits(text, y, 4);
    *p++ = '-';
    p = putDigits(p, m, 2);
    *p++ = '-';
    p = putDigits(p, d, 2);
    if (withTime) {
        *p++ = ' ';
        p = putDigits(p, secs / 3600, 2);
        *p++ = ':';
        p = putDigits(p, secs / 60 % 60, 2);
        *p++ = ':';
        p = putDigits(p, secs % 60, 2);
    }
    return QString::fromLatin1(text, p - text);
}
} // namespace

QString FakeData::money(qint64 cents)
{
    return fixedPoint(cents, 100, 2);
}

QString FakeData::decimal(qint64 thousandths)
{
    return fixedPoint(thousandths, 1000, 3);
}

qint64 FakeData::anchorEpoch()
{
    static const qint64 anchor = QDateTime(QDate(2025, 6, 30), QTime(18, 0), QTimeZone::utc()).toSecsSinceEpoch();
    return anchor;
}

QString FakeData::dateTime(qint64 epochSeconds)
{
    return formatEpoch(epochSeconds, true);
}

QString FakeData::date(qint64 epochSeconds)
{
    return formatEpoch(epochSeconds, false);
}

QString FakeData::uuid(SeededRandom& random, bool upperCase)
{
    QString s = random.hex(8) + QLatin1Char('-') + random.hex(4) + QLatin1Char('-') + random.hex(4) + QLatin1Char('-') +
                random.hex(4) + QLatin1Char('-') + random.hex(12);
    return upperCase ? s.toUpper() : s;
}

} // namespace kontor::sandbox
