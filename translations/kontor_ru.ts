<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kontor</source>
        <translation>О программе Kontor</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Название программы</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>A back office for shops on several web services: OmniSeller HTK, Printlounge, VirtualPOS and Webshippy. One profile per service; passwords stay in your system keychain.</source>
        <translation>Бэк-офис для магазинов, работающих с несколькими веб-сервисами: OmniSeller HTK, Printlounge, VirtualPOS и Webshippy. Один профиль на каждый сервис; пароли остаются в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Версии компонентов</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>BundleForm</name>
    <message>
        <source>New bundle</source>
        <translation>Новый комплект</translation>
    </message>
    <message>
        <source>Bundle &amp;SKU:</source>
        <translation>&amp;SKU комплекта:</translation>
    </message>
    <message>
        <source>The bundle&apos;s own SKU; no product or bundle in the shop may have it yet</source>
        <translation>Собственный SKU комплекта; ни у одного товара или комплекта в магазине его ещё не должно быть</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>Net &amp;price:</source>
        <translation>&amp;Цена нетто:</translation>
    </message>
    <message>
        <source>The bundle&apos;s net price, e.g. 5000 or 12.10; the decimals are sent exactly as typed</source>
        <translation>Цена комплекта нетто, например 5000 или 12.10; дробная часть отправляется точно как введена</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;НДС (%):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Find a product (SKU or name):</source>
        <translation>Найти товар (SKU &amp;или название):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Puts the selected product into the bundle (or double-click it)</source>
        <translation>Добавляет выбранный товар в комплект (или дважды щёлкните его)</translation>
    </message>
    <message>
        <source>Products in the &amp;bundle:</source>
        <translation>Товары в &amp;комплекте:</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Discount card</source>
        <translation>Дисконтная карта</translation>
    </message>
    <message>
        <source>To create a card, fill in its number and details. To change or delete a card, fill in one key that finds it and only the fields to change; empty fields are not sent.</source>
        <translation>Чтобы создать карту, введите её номер и данные. Чтобы изменить или удалить карту, введите один ключ, по которому её можно найти, и только изменяемые поля; пустые поля не отправляются.</translation>
    </message>
    <message>
        <source>Which card</source>
        <translation>Какая карта</translation>
    </message>
    <message>
        <source>Card &amp;ID:</source>
        <translation>&amp;ID карты:</translation>
    </message>
    <message>
        <source>The shop&apos;s id of the card</source>
        <translation>ID карты в магазине</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Номер карты:</translation>
    </message>
    <message>
        <source>1 to 12 digits</source>
        <translation>от 1 до 12 цифр</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>&amp;Внешний ID:</translation>
    </message>
    <message>
        <source>The id in your other system</source>
        <translation>ID в вашей другой системе</translation>
    </message>
    <message>
        <source>Find by &amp;barcode:</source>
        <translation>Найти по &amp;штрихкоду:</translation>
    </message>
    <message>
        <source>The 13 digits printed on the card</source>
        <translation>13 цифр, напечатанных на карте</translation>
    </message>
    <message>
        <source>Barcode made from the card number</source>
        <translation>Штрихкод из номера карты</translation>
    </message>
    <message>
        <source>EAN-13:</source>
        <translation>EAN-13:</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Данные карты</translation>
    </message>
    <message>
        <source>New barcode:</source>
        <translation>Новый штрихкод:</translation>
    </message>
    <message>
        <source>13 digits (EAN-13)</source>
        <translation>13 цифр (EAN-13)</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>Носител&amp;ь:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Active from:</source>
        <translation>&amp;Активна с:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>B&amp;locked from:</source>
        <translation>За&amp;блокирована с:</translation>
    </message>
    <message>
        <source>Card &amp;type ID:</source>
        <translation>ID &amp;типа карты:</translation>
    </message>
    <message>
        <source>Used when no type ID is given</source>
        <translation>Используется, если ID типа не указан</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID:</source>
        <translation>ID &amp;клиента:</translation>
    </message>
    <message>
        <source>Used when no customer ID is given</source>
        <translation>Используется, если ID клиента не указан</translation>
    </message>
    <message>
        <source>Create the card when no key finds it (Save changes only)</source>
        <translation>Создать карту, если ни один ключ её не находит (только при сохранении изменений)</translation>
    </message>
    <message>
        <source>&amp;Delete card…</source>
        <translation>&amp;Удалить карту…</translation>
    </message>
    <message>
        <source>Create &amp;card</source>
        <translation>С&amp;оздать карту</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Ca&amp;rd type name:</source>
        <translation>На&amp;звание типа карты:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;external ID:</source>
        <translation>Внешний ID к&amp;лиента:</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действителен:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Обнаруженные проблемы:</translation>
    </message>
    <message>
        <source>Trust this certificate only if the shop&apos;s administrator confirms its fingerprint, for example by phone. Kontor will then accept this one certificate for this profile and still check every other certificate in full.</source>
        <translation>Доверяйте этому сертификату, только если администратор магазина подтвердит его отпечаток, например по телефону. Тогда Kontor примет для этого профиля именно этот сертификат, а все остальные сертификаты по-прежнему будет проверять полностью.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>&amp;ID клиента:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>&amp;Внешний ID:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Create the customer if it does not exist</source>
        <translation>&amp;Создать клиента, если его нет</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Webshippy saves a product by its SKU: a new SKU creates the product, a known one changes it. Fields left empty are not sent, and Webshippy keeps what it has for them.</source>
        <translation>Webshippy сохраняет товар по его SKU: новый SKU создаёт товар, известный — изменяет его. Пустые поля не отправляются, и Webshippy сохраняет для них прежние значения.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>The product&apos;s key in Webshippy: saving a SKU that exists changes that product.</source>
        <translation>Ключ товара в Webshippy: сохранение существующего SKU изменяет этот товар.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>Вар&amp;иант:</translation>
    </message>
    <message>
        <source>&amp;Reference ID:</source>
        <translation>Референсный &amp;ID:</translation>
    </message>
    <message>
        <source>Your own identifier of the product</source>
        <translation>Ваш собственный идентификатор товара</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>Webshippy lets the barcode change only while it is empty or before goods were received for the product.</source>
        <translation>Webshippy позволяет менять штрихкод, только пока он пуст или пока по товару не было приёмки.</translation>
    </message>
    <message>
        <source>Product t&amp;ype:</source>
        <translation>&amp;Вид товара:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Pricing and VAT</source>
        <translation>Цена и НДС</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Цена:</translation>
    </message>
    <message>
        <source>1200 or 12.10</source>
        <translation>1200 или 12.10</translation>
    </message>
    <message>
        <source>0.27 for 27%</source>
        <translation>0.27 для 27%</translation>
    </message>
    <message>
        <source>Webshippy writes the VAT as a fraction: 0.27 is 27%.</source>
        <translation>Webshippy записывает НДС как долю: 0.27 — это 27%.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Category &amp;code:</source>
        <translation>&amp;Код категории:</translation>
    </message>
    <message>
        <source>Webshippy takes a category as its code (main and sub category number) and shows it by name.</source>
        <translation>Webshippy принимает категорию как код (номер основной и подкатегории) и показывает её по названию.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>&amp;Image URLs:</source>
        <translation>&amp;URL изображений:</translation>
    </message>
    <message>
        <source>One web address per line</source>
        <translation>Один веб-адрес на строку</translation>
    </message>
    <message>
        <source>Logistics and ADR</source>
        <translation>Логистика и ADR</translation>
    </message>
    <message>
        <source>&amp;Low stock at:</source>
        <translation>&amp;Малый остаток при:</translation>
    </message>
    <message>
        <source>Webshippy warns when the stock falls to this quantity.</source>
        <translation>Webshippy предупреждает, когда остаток падает до этого количества.</translation>
    </message>
    <message>
        <source>&amp;Keep quantity:</source>
        <translation>Неснижаемый &amp;запас:</translation>
    </message>
    <message>
        <source>D&amp;utiable:</source>
        <translation>Облагается &amp;пошлиной:</translation>
    </message>
    <message>
        <source>&amp;TARIC code:</source>
        <translation>Код &amp;TARIC:</translation>
    </message>
    <message>
        <source>&amp;Fragile:</source>
        <translation>&amp;Хрупкий:</translation>
    </message>
    <message>
        <source>C&amp;ooling:</source>
        <translation>Охла&amp;ждение:</translation>
    </message>
    <message>
        <source>ADR &amp;quantity:</source>
        <translation>Ко&amp;личество ADR:</translation>
    </message>
    <message>
        <source>Dropshipping</source>
        <translation>Дропшиппинг</translation>
    </message>
    <message>
        <source>&amp;Wholesale price:</source>
        <translation>Оптова&amp;я цена:</translation>
    </message>
    <message>
        <source>Pro&amp;motion:</source>
        <translation>&amp;Акция:</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Удалить товар</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>Н&amp;ДС:</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>Вал&amp;юта:</translation>
    </message>
    <message>
        <source>&amp;Has serial numbers:</source>
        <translation>&amp;Есть серийные номера:</translation>
    </message>
    <message>
        <source>Dangerous &amp;goods (ADR):</source>
        <translation>Опасный &amp;груз (ADR):</translation>
    </message>
    <message>
        <source>&amp;ADR code:</source>
        <translation>Код &amp;ADR:</translation>
    </message>
    <message>
        <source>Wholesale VAT:</source>
        <translation>Оптовый НД&amp;С:</translation>
    </message>
    <message>
        <source>Recommended price:</source>
        <translation>&amp;Рекомендуемая цена:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>A profile tells Kontor where your shop service is and how to sign in. The password or API key is kept in your system keychain, never in a file.</source>
        <translation>Профиль сообщает Kontor, где находится сервис вашего магазина и как в него войти. Пароль или ключ API хранится в системном хранилище паролей, а не в файле.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>for example: My print shop</source>
        <translation>например: Моя типография</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Адрес сервиса</translation>
    </message>
    <message>
        <source>The address of your shop&apos;s service, as your provider gave it to you.</source>
        <translation>Адрес сервиса вашего магазина в том виде, в каком его дал вам поставщик.</translation>
    </message>
    <message>
        <source>https://shop.example.com/</source>
        <translation>https://shop.example.com/</translation>
    </message>
    <message>
        <source>Data &amp;format:</source>
        <translation>&amp;Формат данных:</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>Формат данных</translation>
    </message>
    <message>
        <source>How the service sends its data. Leave JSON unless your provider says otherwise.</source>
        <translation>В каком виде сервис передаёт данные. Оставьте JSON, если поставщик не указал иное.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Способ &amp;входа:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Способ входа</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>Имя за&amp;головка:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Имя заголовка</translation>
    </message>
    <message>
        <source>X-Api-Key</source>
        <translation>X-Api-Key</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password or API key:</source>
        <translation>Паро&amp;ль или ключ API:</translation>
    </message>
    <message>
        <source>Password or API key</source>
        <translation>Пароль или ключ API</translation>
    </message>
    <message>
        <source>Allow plain http (insecure)</source>
        <translation>Разрешить незашифрованный http (небезопасно)</translation>
    </message>
    <message>
        <source>With plain http, your password or API key and your orders travel unencrypted: anyone on the network can read them. Use this only for a test server on a network you trust.</source>
        <translation>При незашифрованном http ваш пароль или ключ API и ваши заказы передаются в открытом виде: их может прочитать любой в сети. Используйте это только для тестового сервера в сети, которой вы доверяете.</translation>
    </message>
    <message>
        <source>&amp;Connect within:</source>
        <translation>Врем&amp;я на подключение:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Время ожидания подключения в секундах</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Время ожидания при отсутствии данных в секундах</translation>
    </message>
    <message>
        <source>How long Kontor waits when the service sends nothing at all.</source>
        <translation>Сколько Kontor ждёт, если сервис совсем ничего не присылает.</translation>
    </message>
    <message>
        <source>&amp;Longest wait in total:</source>
        <translation>Об&amp;щее время ожидания не более:</translation>
    </message>
    <message>
        <source>Total time limit in seconds</source>
        <translation>Общий лимит времени в секундах</translation>
    </message>
    <message>
        <source>The longest one request may take, retries included.</source>
        <translation>Максимальное время одного запроса, включая повторные попытки.</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Проблемы с профилем</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Sign in once with the values above, without saving them.</source>
        <translation>Один раз войти с указанными выше данными, не сохраняя их.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Проверить подкл&amp;ючение</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Результат проверки подключения</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a trusted certificate</source>
        <translation>Отпечаток SHA-256 доверенного сертификата</translation>
    </message>
    <message>
        <source>Only for a shop whose certificate is issued by its own authority: the SHA-256 fingerprint of that one certificate, as the shop&apos;s administrator gives it. Every other certificate is still checked in full.</source>
        <translation>Только для магазина, сертификат которого выдан его собственным центром сертификации: отпечаток SHA-256 именно этого сертификата в том виде, в каком его сообщил администратор магазина. Все остальные сертификаты по-прежнему проверяются полностью.</translation>
    </message>
    <message>
        <source>none (every certificate is checked in full)</source>
        <translation>нет (все сертификаты проверяются полностью)</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Проверить сертификат</translation>
    </message>
    <message>
        <source>See the certificate the server presented, and trust it for this profile if its fingerprint is right.</source>
        <translation>Посмотреть сертификат, предъявленный сервером, и сделать его доверенным для этого профиля, если его отпечаток верен.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Статусы заказов</translation>
    </message>
    <message>
        <source>Status nam&amp;es:</source>
        <translation>&amp;Названия статусов:</translation>
    </message>
    <message>
        <source>Status names</source>
        <translation>Названия статусов</translation>
    </message>
    <message>
        <source>The service gives order statuses as numbers. Name the ones your shop uses, and Kontor shows &quot;In Bearbeitung (61)&quot; instead of 61.</source>
        <translation>Сервис передаёт статусы заказов числами. Задайте названия для тех, которые использует ваш магазин, и Kontor будет показывать «В обработке (61)» вместо 61.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Код статуса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Add a status name</source>
        <translation>Добавить название статуса</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>До&amp;бавить</translation>
    </message>
    <message>
        <source>Remove the selected status names</source>
        <translation>Удалить выбранные названия статусов</translation>
    </message>
    <message>
        <source>Problems with the status names</source>
        <translation>Проблемы с названиями статусов</translation>
    </message>
    <message>
        <source>Change status &amp;with:</source>
        <translation>Смена статуса &amp;через:</translation>
    </message>
    <message>
        <source>HTTP method for status changes</source>
        <translation>Метод HTTP для смены статуса</translation>
    </message>
    <message>
        <source>How Kontor sends a status change to the service. Leave PUT unless your provider says the service expects PATCH.</source>
        <translation>Как Kontor передаёт сервису смену статуса. Оставьте PUT, если поставщик не сообщил, что сервис ожидает PATCH.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Дополнительные параметры</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>Data format, time limits, plain http, the trusted certificate and the proxy. Most shops need none of them.</source>
        <translation>Формат данных, ограничения времени, незашифрованный http, доверенный сертификат и прокси. Большинству магазинов ничего из этого не нужно.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Прокс&amp;и:</translation>
    </message>
    <message>
        <source>Proxy for this profile</source>
        <translation>Прокси для этого профиля</translation>
    </message>
    <message>
        <source>Whether this profile&apos;s requests go through the proxy set in Settings, directly, or through a proxy of its own.</source>
        <translation>Идут ли запросы этого профиля через прокси из настроек, напрямую или через собственный прокси.</translation>
    </message>
    <message>
        <source>Proxy t&amp;ype:</source>
        <translation>&amp;Тип прокси:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Тип прокси</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Хост прокси</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Пользователь прокси</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>A proxy that asks for a password is set in Settings, for all profiles.</source>
        <translation>Прокси, требующий пароль, задаётся в настройках — для всех профилей.</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>С&amp;ервис:</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Give up after silence of:</source>
        <translation>Прервать, если сервис &amp;молчит:</translation>
    </message>
    <message>
        <source>Allow &amp;plain http (insecure)</source>
        <translation>Разрешить незашифрованный &amp;http (небезопасно)</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Доверенн&amp;ый сертификат:</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>&amp;Хост прокси:</translation>
    </message>
    <message>
        <source>Proxy port:</source>
        <translation>П&amp;орт прокси:</translation>
    </message>
    <message>
        <source>Proxy user name:</source>
        <translation>Пол&amp;ьзователь прокси:</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>П&amp;роверить сертификат…</translation>
    </message>
</context>
<context>
    <name>RequestInspectorPane</name>
    <message>
        <source>Filter by address, profile or status</source>
        <translation>Фильтр по адресу, профилю или статусу</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Kept in memory for this session only. Secrets are masked.</source>
        <translation>Хранится в памяти только в этом сеансе. Секреты скрыты.</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Копировать как c&amp;url</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request; the secret is read from $KONTOR_SECRET</source>
        <translation>Скопировать команду curl, повторяющую этот запрос; секрет берётся из $KONTOR_SECRET</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the request and its answer as text</source>
        <translation>Скопировать запрос и ответ как текст</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Save every request shown to a text file</source>
        <translation>Сохранить все показанные запросы в текстовый файл</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Forget the requests listed so far</source>
        <translation>Забыть перечисленные запросы</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language changes the next time Kontor starts. Dates and numbers follow your system&apos;s regional format.</source>
        <translation>Язык сменится при следующем запуске Kontor. Даты и числа следуют региональному формату системы.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>Параллельных &amp;загрузок:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Upload journal, audit history and logs are kept in:</source>
        <translation>Журнал загрузок, история изменений и журналы хранятся в:</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Тайм-аут сое&amp;динения:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Тайм-&amp;аут простоя:</translation>
    </message>
    <message>
        <source>Used for new profiles; each profile can have its own.</source>
        <translation>Для новых профилей; у каждого профиля могут быть свои.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>&amp;Системные настройки прокси</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Без прокси</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Вручную:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a settings file.</source>
        <translation>Пароль хранится в системной связке ключей, а не в файле настроек.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>От&amp;крыть папку</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Clear &amp;all local data…</source>
        <translation>Удалить все &amp;локальные данные…</translation>
    </message>
    <message>
        <source>Total time per &amp;request:</source>
        <translation>Всего &amp;на запрос:</translation>
    </message>
</context>
<context>
    <name>UploadWindow</name>
    <message>
        <source>Upload invoices</source>
        <translation>Загрузка счетов</translation>
    </message>
    <message>
        <source>Drop invoice files or folders here. A file&apos;s name is its invoice number; its transaction is the transaction id in the name (e.g. DSPY1000134_Invoice-12345.pdf) or the one a map names.</source>
        <translation>Перетащите сюда файлы счетов или папки. Имя файла — номер счёта; транзакция — это идентификатор транзакции в имени (например, DSPY1000134_Invoice-12345.pdf) или та, что указана в таблице соответствий.</translation>
    </message>
    <message>
        <source>A CSV file with the lines transactionId,file[,invoiceSerialNumber]</source>
        <translation>Файл CSV со строками transactionId,file[,invoiceSerialNumber]</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Убрать все файлы из списка</translation>
    </message>
    <message>
        <source>Stop sending; the upload can be resumed later</source>
        <translation>Прекратить отправку; загрузку можно будет продолжить позже</translation>
    </message>
    <message>
        <source>Save every file with its transaction and state as a CSV file</source>
        <translation>Сохранить все файлы с их транзакциями и состоянием в файл CSV</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>Use a &amp;map…</source>
        <translation>&amp;Таблица соответствий…</translation>
    </message>
    <message>
        <source>Clear &amp;the list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>З&amp;агрузить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>П&amp;риостановить</translation>
    </message>
    <message>
        <source>Ca&amp;ncel upload</source>
        <translation>Прервать загр&amp;узку</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Повторить &amp;неудачные</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>kontor::AuditLog</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Refused by the shop</source>
        <translation>Отклонено магазином</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>The history of changes in %1 could not be written or read. Check that the disk is not full and the folder is writable.</source>
        <translation>Не удалось записать или прочитать историю изменений в %1. Проверьте, что диск не заполнен и в папку можно записывать.</translation>
    </message>
</context>
<context>
    <name>kontor::Bundles</name>
    <message>
        <source>A bundle needs its SKU.</source>
        <translation>У набора должен быть SKU.</translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation>У набора должно быть название.</translation>
    </message>
    <message>
        <source>The net price is a number such as 5000 or 12.10; &quot;%1&quot; is not.</source>
        <translation>Цена без НДС — число, например 5000 или 12.10; «%1» не подходит.</translation>
    </message>
    <message>
        <source>The VAT is a percentage from 0 to 100, such as 27; &quot;%1&quot; is not.</source>
        <translation>НДС — процент от 0 до 100, например 27; «%1» не подходит.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as HUF or EUR; &quot;%1&quot; is not.</source>
        <translation>Валюта — трёхбуквенный код, например HUF или EUR; «%1» не подходит.</translation>
    </message>
    <message>
        <source>A bundle needs at least one product.</source>
        <translation>В наборе должен быть хотя бы один товар.</translation>
    </message>
    <message>
        <source>Every product needs its SKU.</source>
        <translation>У каждого товара должен быть SKU.</translation>
    </message>
    <message>
        <source>%1 is in the bundle twice; give it once with its quantity.</source>
        <translation>%1 в наборе дважды; укажите его один раз с нужным количеством.</translation>
    </message>
    <message>
        <source>The quantity of %1 is a whole number, 1 or more; &quot;%2&quot; is not.</source>
        <translation>Количество %1 — целое число от 1; «%2» не подходит.</translation>
    </message>
</context>
<context>
    <name>kontor::Capabilities</name>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Product upload</source>
        <translation>Загрузка товаров</translation>
    </message>
    <message>
        <source>Deleting products</source>
        <translation>Удаление товаров</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Discount cards</source>
        <translation>Дисконтные карты</translation>
    </message>
    <message>
        <source>Marketplace transactions</source>
        <translation>Операции на маркетплейсах</translation>
    </message>
    <message>
        <source>Invoice upload</source>
        <translation>Загрузка счетов</translation>
    </message>
    <message>
        <source>%1&apos;s interface document lists &quot;%2&quot; but does not describe how it works, so Kontor cannot offer it for this service.</source>
        <translation>В описании интерфейса %1 упоминается «%2», но не описано, как это работает, поэтому Kontor не может предложить эту возможность для этого сервиса.</translation>
    </message>
    <message>
        <source>%1 does not offer &quot;%2&quot;.</source>
        <translation>%1 не предоставляет функцию «%2».</translation>
    </message>
</context>
<context>
    <name>kontor::CartItemType</name>
    <message>
        <source>Article</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Сбор за обработку</translation>
    </message>
    <message>
        <source>Service-provider shipping</source>
        <translation>Доставка сторонним перевозчиком</translation>
    </message>
    <message>
        <source>Article option</source>
        <translation>Опция товара</translation>
    </message>
    <message>
        <source>Article free quota</source>
        <translation>Бесплатная квота на товар</translation>
    </message>
    <message>
        <source>Article stock return</source>
        <translation>Возврат товара на склад</translation>
    </message>
    <message>
        <source>Small-quantity surcharge</source>
        <translation>Надбавка за малый объём</translation>
    </message>
    <message>
        <source>Credit for handling cost</source>
        <translation>Зачёт стоимости обработки</translation>
    </message>
    <message>
        <source>Customer discount</source>
        <translation>Скидка клиента</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Article discount</source>
        <translation>Скидка на товар</translation>
    </message>
    <message>
        <source>Free position added by admin</source>
        <translation>Произвольная позиция, добавленная администратором</translation>
    </message>
    <message>
        <source>Article order fee</source>
        <translation>Плата за заказ товара</translation>
    </message>
    <message>
        <source>Article dynamic option</source>
        <translation>Динамическая опция товара</translation>
    </message>
    <message>
        <source>&quot;Postaktuell&quot; article</source>
        <translation>Товар «Postaktuell»</translation>
    </message>
    <message>
        <source>Cost absorption</source>
        <translation>Покрытие расходов</translation>
    </message>
    <message>
        <source>Advertising subsidy</source>
        <translation>Рекламная субсидия</translation>
    </message>
    <message>
        <source>Additional surcharge</source>
        <translation>Дополнительная надбавка</translation>
    </message>
    <message>
        <source>External article (OCI punch-out)</source>
        <translation>Внешний товар (OCI punch-out)</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Неизвестно (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::ClientRegistry</name>
    <message>
        <source>The profile changed while it was being opened; try again.</source>
        <translation>Профиль изменился во время открытия; повторите попытку.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor не поддерживает работу с этим сервисом.</translation>
    </message>
    <message>
        <source>No password or API key is stored for the profile &apos;%1&apos;. Edit the profile to enter it.</source>
        <translation>Для профиля «%1» не сохранён ни пароль, ни ключ API. Измените профиль, чтобы ввести его.</translation>
    </message>
</context>
<context>
    <name>kontor::Components</name>
    <message>
        <source>%1 (running on %2)</source>
        <translation>%1 (запущено с %2)</translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <extracomment>%1 a program or library, %2 its version, %3 its licence (an SPDX identifier such as MIT)</extracomment>
        <translation>%1 %2, лицензия %3</translation>
    </message>
</context>
<context>
    <name>kontor::Customers</name>
    <message>
        <source>The customer id is a whole number; &quot;%1&quot; is not.</source>
        <translation>ID клиента — целое число; «%1» не подходит.</translation>
    </message>
    <message>
        <source>Say which customer (their id), or ask for a new one to be created.</source>
        <translation>Укажите клиента (его ID) или попросите создать нового.</translation>
    </message>
    <message>
        <source>VirtualPOS works out the age from the birth date (birth_date); the age itself cannot be sent.</source>
        <translation>VirtualPOS вычисляет возраст по дате рождения (birth_date); сам возраст отправить нельзя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name (small letters, digits and _, e.g. fname or birth_date).</source>
        <translation>«%1» — не имя поля (строчные буквы, цифры и _, например fname или birth_date).</translation>
    </message>
    <message>
        <source>%1 has its own option; it is not a customer field.</source>
        <translation>Для %1 есть отдельная опция; это не поле клиента.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 указано дважды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 1980-05-17.</source>
        <translation>«%1» — не дата; запишите её как ГГГГ-ММ-ДД, например 1980-05-17.</translation>
    </message>
</context>
<context>
    <name>kontor::DiscountCards</name>
    <message>
        <source>the card id %1</source>
        <translation>ID карты %1</translation>
    </message>
    <message>
        <source>the card number (uid) %1</source>
        <translation>номер карты (uid) %1</translation>
    </message>
    <message>
        <source>the external id %1</source>
        <translation>внешний ID %1</translation>
    </message>
    <message>
        <source>the barcode %1</source>
        <translation>штрихкод %1</translation>
    </message>
    <message>
        <source>nothing yet: give the card id, the number (uid), the external id or the barcode</source>
        <translation>пока ничего: укажите ID карты, номер (uid), внешний ID или штрихкод</translation>
    </message>
    <message>
        <source>A new card needs its number (uid).</source>
        <translation>Для новой карты нужен её номер (uid).</translation>
    </message>
    <message>
        <source>Say which card: its id, number (uid), external id or barcode.</source>
        <translation>Укажите, какая карта: её ID, номер (uid), внешний ID или штрихкод.</translation>
    </message>
    <message>
        <source>The card number (uid) is 1 to 12 digits; &quot;%1&quot; is not.</source>
        <translation>Номер карты (uid) — от 1 до 12 цифр; «%1» не подходит.</translation>
    </message>
    <message>
        <source>The card id is a whole number; &quot;%1&quot; is not.</source>
        <translation>ID карты — целое число; «%1» не подходит.</translation>
    </message>
    <message>
        <source>The barcode of card number %1 is %2; leave it empty and the service makes it.</source>
        <translation>Штрихкод карты с номером %1 — %2; оставьте поле пустым, и сервис создаст его сам.</translation>
    </message>
    <message>
        <source>The medium is PLASTIC, MAGNET or APP; &quot;%1&quot; is none of them.</source>
        <translation>Носитель — PLASTIC, MAGNET или APP; «%1» не из них.</translation>
    </message>
    <message>
        <source>The status is NEW, ACTIVE or BLOCKED; &quot;%1&quot; is none of them.</source>
        <translation>Статус — NEW, ACTIVE или BLOCKED; «%1» не из них.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27.</source>
        <translation>«%1» — не дата; запишите её как ГГГГ-ММ-ДД, например 2026-11-27.</translation>
    </message>
    <message>
        <source>The card type id is a whole number; &quot;%1&quot; is not.</source>
        <translation>ID типа карты — целое число; «%1» не подходит.</translation>
    </message>
    <message>
        <source>The customer id is a whole number; &quot;%1&quot; is not.</source>
        <translation>ID клиента — целое число; «%1» не подходит.</translation>
    </message>
</context>
<context>
    <name>kontor::Ean13</name>
    <message>
        <source>Enter the 13 digits of the barcode.</source>
        <translation>Введите 13 цифр штрихкода.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has digits only; &quot;%1&quot; has other characters.</source>
        <translation>Штрихкод EAN-13 состоит только из цифр; в «%1» есть другие символы.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has 13 digits; &quot;%1&quot; has %2.</source>
        <translation>В штрихкоде EAN-13 13 цифр; в «%1» их %2.</translation>
    </message>
    <message>
        <source>The last digit of %1 should be %2: the barcode is mistyped.</source>
        <translation>Последняя цифра %1 должна быть %2: в штрихкоде опечатка.</translation>
    </message>
</context>
<context>
    <name>kontor::HtkClient</name>
    <message>
        <source>OmniSeller refused the API user or password. Check them in the profile.</source>
        <translation>OmniSeller отклонил пользователя API или пароль. Проверьте их в профиле.</translation>
    </message>
    <message>
        <source>Enter an order ID.</source>
        <translation>Введите идентификатор заказа.</translation>
    </message>
    <message>
        <source>Signed in to OmniSeller. Categories visible: %1.</source>
        <translation>Вход в OmniSeller выполнен. Видно категорий: %1.</translation>
    </message>
    <message>
        <source>OmniSeller did not accept the sign-in, even with a fresh token. Check the API user and password in the profile, and that this user may use the interface.</source>
        <translation>OmniSeller не принял вход даже с новым токеном. Проверьте пользователя API и пароль в профиле, а также есть ли у этого пользователя доступ к интерфейсу.</translation>
    </message>
</context>
<context>
    <name>kontor::HtkParser</name>
    <message>
        <source>OmniSeller refused the API user or password. Check them in the profile.</source>
        <translation>OmniSeller отклонил пользователя API или пароль. Проверьте их в профиле.</translation>
    </message>
    <message>
        <source>OmniSeller did not accept the sign-in. Check the API user and password in the profile.</source>
        <translation>OmniSeller не принял вход. Проверьте пользователя API и пароль в профиле.</translation>
    </message>
    <message>
        <source>OmniSeller reported an error: &quot;%1&quot;. Try again later; if it keeps happening, tell OmniSeller&apos;s support.</source>
        <translation>OmniSeller сообщил об ошибке: «%1». Повторите попытку позже; если ошибка повторяется, обратитесь в службу поддержки OmniSeller.</translation>
    </message>
    <message>
        <source>OmniSeller returned nothing for the order %1.</source>
        <translation>OmniSeller ничего не вернул по заказу %1.</translation>
    </message>
</context>
<context>
    <name>kontor::OrderListing</name>
    <message>
        <source>Loading the orders was cancelled.</source>
        <translation>Загрузка заказов отменена.</translation>
    </message>
</context>
<context>
    <name>kontor::OrderStatus</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
</context>
<context>
    <name>kontor::PrintloungeClient</name>
    <message>
        <source>Printlounge refused the user name or password. Check them in the profile; after several wrong tries the shop locks access for 15 minutes.</source>
        <translation>Printlounge отклонил имя пользователя или пароль. Проверьте их в профиле; после нескольких неудачных попыток магазин блокирует доступ на 15 минут.</translation>
    </message>
    <message>
        <source>Printlounge does not know the order %1. Check the order code.</source>
        <translation>В Printlounge нет заказа %1. Проверьте код заказа.</translation>
    </message>
    <message>
        <source>Enter an order code.</source>
        <translation>Введите код заказа.</translation>
    </message>
    <message>
        <source>The order code &quot;%1&quot; contains a character that cannot be part of an order code (/ or \).</source>
        <translation>Код заказа «%1» содержит символ, которого не может быть в коде заказа (/ или \).</translation>
    </message>
    <message>
        <source>Signed in to Printlounge; the shop has no orders yet.</source>
        <translation>Вход в Printlounge выполнен; в магазине пока нет заказов.</translation>
    </message>
    <message>
        <source>Signed in to Printlounge; the newest order is %1.</source>
        <translation>Вход в Printlounge выполнен; последний заказ — %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code. Printlounge&apos;s statuses are numbers, such as 61 or 137.</source>
        <translation>«%1» — не код статуса. Статусы Printlounge — это числа, например 61 или 137.</translation>
    </message>
</context>
<context>
    <name>kontor::PrintloungeParser</name>
    <message>
        <source>Printlounge refused the request: &quot;%1&quot;.</source>
        <translation>Printlounge отклонил запрос: «%1».</translation>
    </message>
</context>
<context>
    <name>kontor::ProductFields</name>
    <message>
        <source>A product is saved by its SKU; it cannot be empty.</source>
        <translation>Товар сохраняется по SKU; он не может быть пустым.</translation>
    </message>
    <message>
        <source>Webshippy&apos;s products have no field &quot;%1&quot;.</source>
        <translation>У товаров Webshippy нет поля «%1».</translation>
    </message>
    <message>
        <source>Type a number such as 1200 or 12.10 (digits with at most one decimal point or comma); &quot;%1&quot; is not one.</source>
        <translation>Введите число, например 1200 или 12.10 (цифры и не более одной десятичной точки или запятой); «%1» — не число.</translation>
    </message>
    <message>
        <source>Webshippy takes the VAT as a fraction: 0.27 for 27%; &quot;%1&quot; is more than 1.</source>
        <translation>Webshippy принимает НДС как долю: 0.27 для 27%; «%1» больше 1.</translation>
    </message>
    <message>
        <source>Type a whole number such as 5, without a sign or decimals; &quot;%1&quot; is not one.</source>
        <translation>Введите целое число, например 5, без знака и дробной части; «%1» — не такое число.</translation>
    </message>
    <message>
        <source>Webshippy takes &quot;yes&quot; or &quot;no&quot; here; &quot;%1&quot; is neither.</source>
        <translation>Webshippy принимает здесь «yes» или «no»; «%1» — ни то, ни другое.</translation>
    </message>
    <message>
        <source>Webshippy takes a category as its code, a main and a sub category number such as 3-406; &quot;%1&quot; is not one.</source>
        <translation>Webshippy принимает категорию как код из номеров основной и подкатегории, например 3-406; «%1» — не такой код.</translation>
    </message>
    <message>
        <source>Each line is one image&apos;s web address, starting with https:// or http://; this is not: %1</source>
        <translation>Каждая строка — веб-адрес одного изображения, начинающийся с https:// или http://; эта — нет: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Укажите имя профиля.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most 80 characters).</source>
        <translation>Имя профиля слишком длинное (не более 80 символов).</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, for example https://shop.example.com.</source>
        <translation>Введите адрес сервиса, например https://shop.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a server, for example https://shop.example.com.</source>
        <translation>Адрес должен начинаться с https:// и содержать имя сервера, например https://shop.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// sends your password unprotected. Use https://, or allow insecure http explicitly for this profile.</source>
        <translation>Через незашифрованный http:// пароль передаётся без защиты. Используйте https:// или явно разрешите небезопасный http для этого профиля.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the profile&apos;s fields instead.</source>
        <translation>Не указывайте имя пользователя или пароль в адресе; используйте для этого поля профиля.</translation>
    </message>
    <message>
        <source>Name the header that carries the key, for example X-Api-Key.</source>
        <translation>Укажите заголовок, в котором передаётся ключ, например X-Api-Key.</translation>
    </message>
    <message>
        <source>HTTP Basic sign-in needs a user name.</source>
        <translation>Для входа HTTP Basic нужно имя пользователя.</translation>
    </message>
    <message>
        <source>OmniSeller needs the API user name.</source>
        <translation>Для OmniSeller нужно имя пользователя API.</translation>
    </message>
    <message>
        <source>The timeouts must be at least one second, and the total time at least as long as the inactivity time.</source>
        <translation>Каждое время ожидания должно быть не меньше одной секунды, а общее время — не меньше времени ожидания при отсутствии данных.</translation>
    </message>
    <message>
        <source>The trusted certificate&apos;s fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Отпечаток доверенного сертификата должен состоять из 64 шестнадцатеричных цифр (SHA-256).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An order status: the shop&apos;s name for it and its code, e.g. &quot;In Bearbeitung (61)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kontor::ProfileStore</name>
    <message>
        <source>Kontor could not read its profiles from %1: %2</source>
        <translation>Kontor не смог прочитать профили из %1: %2</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged, so Kontor will not change it. Move it aside to start afresh. (%2)</source>
        <translation>Файл профилей %1 повреждён, поэтому Kontor не будет его изменять. Чтобы начать заново, переместите его в другое место. (%2)</translation>
    </message>
    <message>
        <source>It is not a Kontor profile list.</source>
        <translation>Это не список профилей Kontor.</translation>
    </message>
    <message>
        <source>The profile file could not be read, so Kontor does not overwrite it.</source>
        <translation>Не удалось прочитать файл профилей, поэтому Kontor не будет его перезаписывать.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Профиль с именем «%1» уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Kontor could not create its settings folder %1. Check that you may write there.</source>
        <translation>Kontor не смог создать папку настроек %1. Проверьте, есть ли у вас право записи в неё.</translation>
    </message>
    <message>
        <source>Kontor could not save the profiles to %1: %2</source>
        <translation>Kontor не смог сохранить профили в %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SecretStore</name>
    <message>
        <source>No password or key is stored for this profile.</source>
        <translation>Для этого профиля не сохранён ни пароль, ни ключ.</translation>
    </message>
    <message>
        <source>The system keychain is not available, and no password or key was entered for this profile in this session.</source>
        <translation>Системное хранилище паролей недоступно, а пароль или ключ для этого профиля в этом сеансе не вводился.</translation>
    </message>
    <message>
        <source>The password or API key could not be read from the system keychain.</source>
        <translation>Не удалось прочитать пароль или ключ API из системного хранилища паролей.</translation>
    </message>
    <message>
        <source>The password or API key could not be saved in the system keychain.</source>
        <translation>Не удалось сохранить пароль или ключ API в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>The password or API key could not be removed from the system keychain; it is still stored there.</source>
        <translation>Не удалось удалить пароль или ключ API из системного хранилища паролей; он по-прежнему хранится там.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to your desktop session or in its password manager) and try again.</source>
        <translation>Хранилище паролей заблокировано. Разблокируйте его (например, войдя в свой сеанс рабочего стола или через его менеджер паролей) и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain refused Kontor access. Allow Kontor in the keychain&apos;s settings and try again.</source>
        <translation>Хранилище паролей отказало Kontor в доступе. Разрешите доступ для Kontor в настройках хранилища паролей и повторите попытку.</translation>
    </message>
    <message>
        <source>This computer has no system keychain (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>На этом компьютере нет системного хранилища паролей (в Linux: не запущен Secret Service, например GNOME Keyring или KWallet).</translation>
    </message>
    <message>
        <source>The keychain gave no reason.</source>
        <translation>Хранилище паролей не сообщило причину.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Сообщение хранилища паролей: %1</translation>
    </message>
</context>
<context>
    <name>kontor::StatusChanger</name>
    <message>
        <source>Not sent: the change was cancelled.</source>
        <translation>Не отправлено: изменение отменено.</translation>
    </message>
    <message>
        <source>Not sent: the profile was closed.</source>
        <translation>Не отправлено: профиль закрыт.</translation>
    </message>
    <message>
        <source>The order %1 now has the status %2.</source>
        <translation>Заказу %1 присвоен статус %2.</translation>
    </message>
    <message>
        <source>%1 The history could not record it: %2</source>
        <translation>%1 Не удалось записать это в историю: %2</translation>
    </message>
</context>
<context>
    <name>kontor::VirtposClient</name>
    <message>
        <source>VirtualPOS did not accept the API key. Check it in the profile.</source>
        <translation>VirtualPOS не принял ключ API. Проверьте его в профиле.</translation>
    </message>
    <message>
        <source>Signed in to VirtualPOS. Orders of the last day: %1.</source>
        <translation>Вход в VirtualPOS выполнен. Заказов за последние сутки: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::VirtposParser</name>
    <message>
        <source>VirtualPOS did not accept the API key. Check it in the profile.</source>
        <translation>VirtualPOS не принял ключ API. Проверьте его в профиле.</translation>
    </message>
    <message>
        <source>VirtualPOS refused the request without saying why. Try again later; if it keeps happening, ask VirtualPOS&apos;s support.</source>
        <translation>VirtualPOS отклонил запрос без объяснения причин. Повторите попытку позже; если это повторяется, обратитесь в службу поддержки VirtualPOS.</translation>
    </message>
    <message>
        <source>VirtualPOS refused the request: &quot;%1&quot;. Check the request, or try again later.</source>
        <translation>VirtualPOS отклонил запрос: «%1». Проверьте запрос или повторите попытку позже.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyClient</name>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>Webshippy не принял ключ API. Проверьте его в профиле.</translation>
    </message>
    <message>
        <source>Signed in to Webshippy; there are no products yet.</source>
        <translation>Вход в Webshippy выполнен; товаров пока нет.</translation>
    </message>
    <message>
        <source>Signed in to Webshippy; the product list answers.</source>
        <translation>Вход в Webshippy выполнен; список товаров доступен.</translation>
    </message>
    <message>
        <source>The product list cannot continue from here; load it again.</source>
        <translation>Список товаров нельзя продолжить с этого места; загрузите его заново.</translation>
    </message>
    <message>
        <source>A product needs its SKU.</source>
        <translation>Для товара нужен артикул (SKU).</translation>
    </message>
    <message>
        <source>Webshippy lets a product&apos;s barcode change only while it is empty or before any goods receipt was recorded for the product.</source>
        <translation>Webshippy позволяет менять штрихкод товара, только пока он пуст или пока по товару не зарегистрирована приёмка.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyEnvelope</name>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>Webshippy не принял ключ API. Проверьте его в профиле.</translation>
    </message>
    <message>
        <source>Webshippy refused the request without saying why. Try again later; if it keeps happening, ask Webshippy&apos;s support.</source>
        <translation>Webshippy отклонил запрос без объяснения причин. Повторите попытку позже; если это повторяется, обратитесь в службу поддержки Webshippy.</translation>
    </message>
    <message>
        <source>Webshippy refused the request: &quot;%1&quot;.</source>
        <translation>Webshippy отклонил запрос: «%1».</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyParser</name>
    <message>
        <source>Another invoice (%1) is already stored for this transaction.</source>
        <translation>Для этой транзакции уже сохранён другой счёт (%1).</translation>
    </message>
    <message>
        <source>without a number</source>
        <translation>без номера</translation>
    </message>
    <message>
        <source>Webshippy did not store the invoice.</source>
        <translation>Webshippy не сохранил счёт.</translation>
    </message>
    <message>
        <source>Webshippy does not know this transaction.</source>
        <translation>Webshippy не знает эту транзакцию.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::BundleCommands</name>
    <message>
        <source>The bundle file is one JSON object with bundleSku, bundleName, bundlePriceNet and products, as in Webshippy&apos;s document.</source>
        <translation>Файл набора — один JSON-объект с bundleSku, bundleName, bundlePriceNet и products, как в документе Webshippy.</translation>
    </message>
    <message>
        <source>Give the bundle&apos;s JSON file, e.g. &apos;bundles create bundle.json&apos;.</source>
        <translation>Укажите JSON-файл набора, например &apos;bundles create bundle.json&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; bundles are Webshippy&apos;s.</source>
        <translation>Профиль &apos;%1&apos; — профиль %2; наборы есть только в Webshippy.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor не умеет работать с этим сервисом.</translation>
    </message>
    <message>
        <source>Bundle %1 created (Webshippy id %2).</source>
        <translation>Набор %1 создан (ID в Webshippy %2).</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CardCommands</name>
    <message>
        <source>Give one card uid, e.g. &apos;cards ean13 123456789&apos;.</source>
        <translation>Укажите один uid карты, например &apos;cards ean13 123456789&apos;.</translation>
    </message>
    <message>
        <source>uid: a card&apos;s uid is 1 to 12 digits; &quot;%1&quot; is not.</source>
        <translation>uid: uid карты — от 1 до 12 цифр; «%1» не подходит.</translation>
    </message>
    <message>
        <source>The card&apos;s fields are options, e.g. --uid 123456789 --medium PLASTIC; &apos;%1&apos; is not one.</source>
        <translation>Поля карты задаются опциями, например --uid 123456789 --medium PLASTIC; &apos;%1&apos; — не опция.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; discount cards are VirtualPOS&apos;s.</source>
        <translation>Профиль &apos;%1&apos; — профиль %2; дисконтные карты есть только в VirtualPOS.</translation>
    </message>
    <message>
        <source>The card is found by %1.</source>
        <translation>Карта ищется по полю: %1.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor не умеет работать с этим сервисом.</translation>
    </message>
    <message>
        <source>The card is deleted.</source>
        <translation>Карта удалена.</translation>
    </message>
    <message>
        <source>Card %1 created.</source>
        <translation>Карта %1 создана.</translation>
    </message>
    <message>
        <source>Card %1 updated.</source>
        <translation>Карта %1 изменена.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CliApp</name>
    <message>
        <source>Kontor on the command line: manage connection profiles and read orders, categories and products from htk, printlounge, virtpos and webshippy.</source>
        <translation>Kontor в командной строке: управление профилями подключения и чтение заказов, категорий и товаров из htk, printlounge, virtpos и webshippy.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Read and write profiles in DIR (default: $KONTOR_CONFIG_DIR, else the per-user config folder).</source>
        <translation>Читать и записывать профили в папке КАТАЛОГ (по умолчанию: $KONTOR_CONFIG_DIR, иначе папка настроек пользователя).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>Use the profile NAME (needed when there is more than one).</source>
        <translation>Использовать профиль ИМЯ (нужно, если профилей несколько).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Print one JSON document with stable keys instead of text.</source>
        <translation>Выводить вместо текста один документ JSON с неизменными ключами.</translation>
    </message>
    <message>
        <source>Take the secret from the environment variable VAR for this run (for unattended runs without a keychain).</source>
        <translation>Взять пароль/ключ для этого запуска из переменной окружения ПЕРЕМЕННАЯ (для автоматических запусков без хранилища паролей).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>ПЕРЕМЕННАЯ</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>Также выводить журнал в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>СЕРВИС</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The option --%1 belongs to &apos;%2&apos;, not to &apos;%3&apos;.</source>
        <translation>Параметр --%1 относится к &apos;%2&apos;, а не к &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli --help&apos; lists the options.</source>
        <translation>&apos;kontor-cli --help&apos; выводит список параметров.</translation>
    </message>
    <message>
        <source>Name a command; &apos;kontor-cli --help&apos; lists them.</source>
        <translation>Укажите команду; &apos;kontor-cli --help&apos; выводит их список.</translation>
    </message>
    <message>
        <source>--secret-env needs the name of an environment variable.</source>
        <translation>Для --secret-env нужно имя переменной окружения.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;kontor-cli --help&apos; lists the commands.</source>
        <translation>Неизвестная команда &apos;%1&apos;; &apos;kontor-cli --help&apos; выводит список команд.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no further words; choose the profile with --profile NAME.</source>
        <translation>После &apos;%1&apos; ничего указывать не нужно; выберите профиль через --profile ИМЯ.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>ОТПЕЧАТОК</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>МЕТОД</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>0|1</source>
        <translation>0|1</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Usage: kontor-cli [options] COMMAND [arguments]</source>
        <translation>Использование: kontor-cli [параметры] COMMAND [аргументы]</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Параметры для всех команд:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 service or network error, 2 usage error, 3 partly done (e.g. the profile was saved but the keychain did not take its secret), 4 authentication failed or no secret.</source>
        <translation>Коды завершения: 0 — успешно, 1 — ошибка сервиса или сети, 2 — ошибка в использовании, 3 — выполнено частично (например, профиль сохранён, но хранилище паролей не приняло его пароль/ключ), 4 — вход не выполнен или нет пароля/ключа.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli help COMMAND&apos; shows a command&apos;s options.</source>
        <translation>&apos;kontor-cli help COMMAND&apos; показывает параметры команды.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no options of its own.</source>
        <translation>У команды &apos;%1&apos; нет собственных параметров.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>The options every command takes (--profile NAME, --json, --config-dir DIR and more) are listed by &apos;kontor-cli --help&apos;.</source>
        <translation>Параметры, общие для всех команд (--profile ИМЯ, --json, --config-dir КАТАЛОГ и другие), выводит &apos;kontor-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Commands of &apos;%1&apos;:</source>
        <translation>Команды группы &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;kontor-cli help&apos; lists the commands.</source>
        <translation>Неизвестная команда &apos;%1&apos;; &apos;kontor-cli help&apos; выводит список команд.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli help %1&apos; lists its options.</source>
        <translation>&apos;kontor-cli help %1&apos; выводит список её параметров.</translation>
    </message>
    <message>
        <source>The service: htk, printlounge, virtpos or webshippy.</source>
        <translation>Сервис: htk, printlounge, virtpos или webshippy.</translation>
    </message>
    <message>
        <source>The service&apos;s base address.</source>
        <translation>Базовый адрес сервиса.</translation>
    </message>
    <message>
        <source>The user name, where the service has one.</source>
        <translation>Имя пользователя, если оно есть у сервиса.</translation>
    </message>
    <message>
        <source>How to sign in: none, basic, bearer or header:NAME (default: per service).</source>
        <translation>Способ входа: none, basic, bearer или header:ИМЯ (по умолчанию — свой для каждого сервиса).</translation>
    </message>
    <message>
        <source>json or xml (VirtualPOS and Webshippy).</source>
        <translation>json или xml (VirtualPOS и Webshippy).</translation>
    </message>
    <message>
        <source>Read the secret from standard input into the keychain.</source>
        <translation>Прочитать пароль/ключ со стандартного ввода и сохранить в хранилище паролей.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer.</source>
        <translation>Разрешить незашифрованный http:// для сервера на другом компьютере.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (64 hex digits; colons and case do not matter), for a shop on its own certificate authority; &apos;none&apos; removes it.</source>
        <translation>Доверять сертификату сервера с этим отпечатком SHA-256 (64 шестнадцатеричные цифры; двоеточия и регистр не важны) — для магазина с собственным центром сертификации; &apos;none&apos; снимает доверие.</translation>
    </message>
    <message>
        <source>Read every page (--limit still caps the rows).</source>
        <translation>Прочитать все страницы (--limit по-прежнему ограничивает число строк).</translation>
    </message>
    <message>
        <source>At most N rows (default 50).</source>
        <translation>Не более N строк (по умолчанию 50).</translation>
    </message>
    <message>
        <source>Rows asked for per request (default 50).</source>
        <translation>Сколько строк запрашивать за один запрос (по умолчанию 50).</translation>
    </message>
    <message>
        <source>Printlounge: only orders with this order status code.</source>
        <translation>Printlounge: только заказы с этим кодом статуса заказа.</translation>
    </message>
    <message>
        <source>Printlounge: only orders with this status code.</source>
        <translation>Printlounge: только заказы с этим кодом статуса.</translation>
    </message>
    <message>
        <source>Printlounge: only orders paid (1) or not paid (0).</source>
        <translation>Printlounge: только оплаченные (1) или неоплаченные (0) заказы.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the customer with this id.</source>
        <translation>VirtualPOS: только заказы клиента с этим id.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the customer with this external id.</source>
        <translation>VirtualPOS: только заказы клиента с этим внешним id.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders from this day on (YYYY-MM-DD).</source>
        <translation>VirtualPOS: только заказы начиная с этого дня (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders up to this day (YYYY-MM-DD).</source>
        <translation>VirtualPOS: только заказы по этот день включительно (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the last N days.</source>
        <translation>VirtualPOS: только заказы за последние дни; N — число дней.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Write the rows to FILE as CSV (RFC 4180, UTF-8 with BOM, the table&apos;s columns) instead of printing them.</source>
        <translation>Записать строки в ФАЙЛ в формате CSV (RFC 4180, UTF-8 с BOM, столбцы таблицы), а не выводить их на экран.</translation>
    </message>
    <message>
        <source>put or patch (default: the profile&apos;s setting, else put).</source>
        <translation>put или patch (по умолчанию — настройка профиля, иначе put).</translation>
    </message>
    <message>
        <source>Only changes from DATE on (YYYY-MM-DD).</source>
        <translation>Только изменения начиная с даты ДАТА (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Save a new profile (needs --service and --url).</source>
        <translation>Сохранить новый профиль (нужны --service и --url).</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Вывести список сохранённых профилей.</translation>
    </message>
    <message>
        <source>Show a profile; says whether a secret is stored.</source>
        <translation>Показать профиль, в том числе сохранён ли пароль/ключ.</translation>
    </message>
    <message>
        <source>Remove a profile and its secret.</source>
        <translation>Удалить профиль и его пароль/ключ.</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[ИМЯ]</translation>
    </message>
    <message>
        <source>Prove with one signed-in call that it works.</source>
        <translation>Проверить одним запросом со входом, что профиль работает.</translation>
    </message>
    <message>
        <source>Store the secret read from standard input.</source>
        <translation>Сохранить пароль/ключ, прочитанный со стандартного ввода.</translation>
    </message>
    <message>
        <source>Trust one server certificate, or none.</source>
        <translation>Доверять одному сертификату сервера или ни одному.</translation>
    </message>
    <message>
        <source>NAME CODE TEXT</source>
        <translation>ИМЯ КОД ТЕКСТ</translation>
    </message>
    <message>
        <source>Name a status code (&quot;&quot; removes the name).</source>
        <translation>Задать название для кода статуса (&quot;&quot; удаляет название).</translation>
    </message>
    <message>
        <source>Show the category tree (OmniSeller HTK).</source>
        <translation>Показать дерево категорий (OmniSeller HTK).</translation>
    </message>
    <message>
        <source>List orders (OmniSeller HTK, Printlounge, VirtualPOS).</source>
        <translation>Вывести список заказов (OmniSeller HTK, Printlounge, VirtualPOS).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>ЗАКАЗ</translation>
    </message>
    <message>
        <source>Show one order with all its fields and items.</source>
        <translation>Показать один заказ со всеми полями и позициями.</translation>
    </message>
    <message>
        <source>CODE STATUS</source>
        <translation>ЗАКАЗ СТАТУС</translation>
    </message>
    <message>
        <source>Change an order&apos;s status (Printlounge).</source>
        <translation>Изменить статус заказа (Printlounge).</translation>
    </message>
    <message>
        <source>List products (Webshippy).</source>
        <translation>Вывести список товаров (Webshippy).</translation>
    </message>
    <message>
        <source>List every change Kontor made to a shop.</source>
        <translation>Вывести все изменения, которые Kontor внёс в магазины.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Show a discount card&apos;s EAN-13 barcode as VirtualPOS makes it from the uid.</source>
        <translation>Показать штрихкод EAN-13 дисконтной карты, как VirtualPOS строит его из uid.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>NEW, ACTIVE or BLOCKED.</source>
        <translation>NEW, ACTIVE или BLOCKED.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The card&apos;s id in another system, e.g. 1C (the third key).</source>
        <translation>ID карты в другой системе, например в 1С (третий ключ).</translation>
    </message>
    <message>
        <source>The card&apos;s id in VirtualPOS (the first key the card is found by).</source>
        <translation>ID карты в VirtualPOS (первый ключ для поиска карты).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>The card&apos;s number, 1 to 12 digits (the second key).</source>
        <translation>Номер карты, от 1 до 12 цифр (второй ключ).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Find the card by this barcode (the last key); it is not changed.</source>
        <translation>Найти карту по этому штрихкоду (последний ключ); он не меняется.</translation>
    </message>
    <message>
        <source>The card&apos;s new barcode (EAN-13, checked).</source>
        <translation>Новый штрихкод карты (EAN-13, проверяется).</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>НОСИТЕЛЬ</translation>
    </message>
    <message>
        <source>PLASTIC, MAGNET or APP.</source>
        <translation>PLASTIC, MAGNET или APP.</translation>
    </message>
    <message>
        <source>The day the card was blocked (YYYY-MM-DD).</source>
        <translation>День блокировки карты (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The day the card was given out (YYYY-MM-DD).</source>
        <translation>День выдачи карты (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The card type&apos;s id.</source>
        <translation>ID типа карты.</translation>
    </message>
    <message>
        <source>The card type by name, when no --type-id is given (a new name makes a new type).</source>
        <translation>Тип карты по названию, если --type-id не указан (новое название создаёт новый тип).</translation>
    </message>
    <message>
        <source>The customer the card belongs to.</source>
        <translation>Клиент, которому принадлежит карта.</translation>
    </message>
    <message>
        <source>The customer by their external id, when no --customer-id is given.</source>
        <translation>Клиент по внешнему ID, если --customer-id не указан.</translation>
    </message>
    <message>
        <source>update: create the card when no key finds it.</source>
        <translation>update: создать карту, если ни один ключ её не находит.</translation>
    </message>
    <message>
        <source>Print the request that would be sent, and send nothing.</source>
        <translation>Вывести запрос, который был бы отправлен, и ничего не отправлять.</translation>
    </message>
    <message>
        <source>Add a discount card (VirtualPOS).</source>
        <translation>Добавить дисконтную карту (VirtualPOS).</translation>
    </message>
    <message>
        <source>Change a discount card, found by --card-id, --uid, --external-id or --card-barcode (in that order) (VirtualPOS).</source>
        <translation>Изменить дисконтную карту, найденную по --card-id, --uid, --external-id или --card-barcode (в этом порядке) (VirtualPOS).</translation>
    </message>
    <message>
        <source>Delete a discount card, found by --card-id, --uid, --external-id or --card-barcode (VirtualPOS).</source>
        <translation>Удалить дисконтную карту, найденную по --card-id, --uid, --external-id или --card-barcode (VirtualPOS).</translation>
    </message>
    <message>
        <source>Create the customer when the id finds none (or no id is given).</source>
        <translation>Создать клиента, если по ID никого не найдено (или ID не указан).</translation>
    </message>
    <message>
        <source>The customer group by name (a new name makes a new group).</source>
        <translation>Группа клиентов по названию (новое название создаёт новую группу).</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>ПОЛЕ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>A customer field as VirtualPOS names it, e.g. --set email=anna@example.org (repeatable; age is worked out by VirtualPOS and cannot be set).</source>
        <translation>Поле клиента под именем, которое использует VirtualPOS, например --set email=anna@example.org (можно повторять; возраст вычисляет VirtualPOS, задать его нельзя).</translation>
    </message>
    <message>
        <source>List customers (VirtualPOS).</source>
        <translation>Показать клиентов (VirtualPOS).</translation>
    </message>
    <message>
        <source>Read every page.</source>
        <translation>Прочитать все страницы.</translation>
    </message>
    <message>
        <source>Customers per page (default 50; with --all every page).</source>
        <translation>Клиентов на странице (по умолчанию 50; с --all — на каждой странице).</translation>
    </message>
    <message>
        <source>Change or create a customer (VirtualPOS).</source>
        <translation>Изменить или создать клиента (VirtualPOS).</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>ID клиента.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>ФАЙЛ.json</translation>
    </message>
    <message>
        <source>Create a product bundle from a JSON file in the document&apos;s form (Webshippy).</source>
        <translation>Создать набор товаров из JSON-файла в форме документа (Webshippy).</translation>
    </message>
    <message>
        <source>[FILE.json]</source>
        <translation>[ФАЙЛ.json]</translation>
    </message>
    <message>
        <source>Create or change a product by its SKU, and say which happened (Webshippy).</source>
        <translation>Создать или изменить товар по SKU и сообщить, что произошло (Webshippy).</translation>
    </message>
    <message>
        <source>A product field as Webshippy names it, e.g. --set price=12.10 (repeatable; it replaces the file&apos;s).</source>
        <translation>Поле товара под именем, которое использует Webshippy, например --set price=12.10 (можно повторять; заменяет значение из файла).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Only the product with this SKU.</source>
        <translation>Только товар с этим SKU.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>Only products whose name contains TEXT.</source>
        <translation>Только товары, в названии которых есть ТЕКСТ.</translation>
    </message>
    <message>
        <source>Only the product with this Webshippy id.</source>
        <translation>Только товар с этим ID в Webshippy.</translation>
    </message>
    <message>
        <source>Only the product with this reference id.</source>
        <translation>Только товар с этим ссылочным ID.</translation>
    </message>
    <message>
        <source>Read every page (--limit is the page size).</source>
        <translation>Прочитать все страницы (--limit — размер страницы).</translation>
    </message>
    <message>
        <source>Only the product with this barcode.</source>
        <translation>Только товар с этим штрихкодом.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>Only products changed since TIME (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS).</source>
        <translation>Только товары, изменённые с момента ВРЕМЯ (ГГГГ-ММ-ДД или ГГГГ-ММ-ДД ЧЧ:ММ:СС).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>Only transactions whose invoice is invoiced, uninvoiced or error.</source>
        <translation>Только транзакции, счёт которых в состоянии invoiced, uninvoiced или error.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>Only transactions where you are the supplier or the retailer.</source>
        <translation>Только транзакции, где вы поставщик (supplier) или продавец (retailer).</translation>
    </message>
    <message>
        <source>List marketplace transactions with their invoice state (Webshippy).</source>
        <translation>Показать транзакции маркетплейса с состоянием их счетов (Webshippy).</translation>
    </message>
    <message>
        <source>Only transactions from this day on (YYYY-MM-DD).</source>
        <translation>Только транзакции начиная с этого дня (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Only transactions up to this day (YYYY-MM-DD).</source>
        <translation>Только транзакции до этого дня включительно (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ФАЙЛ.csv</translation>
    </message>
    <message>
        <source>Match files to transactions by a CSV map: transactionId,file[,invoiceSerialNumber].</source>
        <translation>Сопоставить файлы транзакциям по CSV-таблице: transactionId,file[,invoiceSerialNumber].</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 16 (default 4).</source>
        <translation>Одновременных запросов, от 1 до 16 (по умолчанию 4).</translation>
    </message>
    <message>
        <source>At most N invoices per request (default 25).</source>
        <translation>Не более N счетов в одном запросе (по умолчанию 25).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>БАЙТЫ</translation>
    </message>
    <message>
        <source>At most this much per request, e.g. 4M (default 2M).</source>
        <translation>Не больше этого объёма на запрос, например 4M (по умолчанию 2M).</translation>
    </message>
    <message>
        <source>Finish the profile&apos;s unfinished upload first (after a crash); without one, upload the files given.</source>
        <translation>Сначала завершить незаконченную загрузку профиля (после сбоя); если её нет, загрузить указанные файлы.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>ПУТЬ...</translation>
    </message>
    <message>
        <source>Upload invoice files (or folders of them) to their marketplace transactions, each exactly once (Webshippy).</source>
        <translation>Загрузить файлы счетов (или папки с ними) к их транзакциям маркетплейса, каждый ровно один раз (Webshippy).</translation>
    </message>
    <message>
        <source>Print every request and its answer to standard error, every secret masked.</source>
        <translation>Выводить каждый запрос и ответ в стандартный поток ошибок, все секреты скрыты.</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>ПРОКСИ</translation>
    </message>
    <message>
        <source>The profile&apos;s proxy: app (the application&apos;s setting, the default), none (connect directly), or http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT.</source>
        <translation>Прокси профиля: app (настройка программы, по умолчанию), none (напрямую) или http://[ИМЯ@]ХОСТ:ПОРТ либо socks5://[ИМЯ@]ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <source>NAME PROXY</source>
        <translation>ИМЯ ПРОКСИ</translation>
    </message>
    <message>
        <source>Send the profile&apos;s requests through PROXY: app, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT.</source>
        <translation>Отправлять запросы профиля через ПРОКСИ: app, none, http://[ИМЯ@]ХОСТ:ПОРТ или socks5://[ИМЯ@]ХОСТ:ПОРТ.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CustomerCommands</name>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; customers are VirtualPOS&apos;s.</source>
        <translation>Профиль &apos;%1&apos; — профиль %2; клиенты есть только в VirtualPOS.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor не умеет работать с этим сервисом.</translation>
    </message>
    <message>
        <source>&apos;customers list&apos; takes no further words; choose the profile with --profile NAME.</source>
        <translation>&apos;customers list&apos; не принимает других слов; выберите профиль через --profile ИМЯ.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000.</source>
        <translation>--limit принимает целое число от 1 до 1000.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Клиентов нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>ТЕЛЕФОН</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>ГРУППА</translation>
    </message>
    <message>
        <source>The fields are given with --set FIELD=VALUE; &apos;%1&apos; is not one.</source>
        <translation>Поля задаются через --set ПОЛЕ=ЗНАЧЕНИЕ; &apos;%1&apos; — не такое.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. --set email=anna@example.org; &quot;%1&quot; is not.</source>
        <translation>--set принимает ПОЛЕ=ЗНАЧЕНИЕ, например --set email=anna@example.org; «%1» не подходит.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Клиент %1 создан.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>Клиент %1 изменён.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::InvoiceCommands</name>
    <message>
        <source>--parallel takes a whole number from 1 to 16.</source>
        <translation>--parallel принимает целое число от 1 до 16.</translation>
    </message>
    <message>
        <source>--batch-size takes a whole number from 1 to 1000.</source>
        <translation>--batch-size принимает целое число от 1 до 1000.</translation>
    </message>
    <message>
        <source>--max-batch-bytes takes a size of at least 64K, e.g. 8M or 2000000.</source>
        <translation>--max-batch-bytes принимает размер не меньше 64K, например 8M или 2000000.</translation>
    </message>
    <message>
        <source>There is no file or folder &quot;%1&quot;.</source>
        <translation>Файла или папки «%1» нет.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile. %3</source>
        <translation>Профиль &apos;%1&apos; относится к сервису %2. %3</translation>
    </message>
    <message>
        <source>An upload of %1 invoices to &apos;%2&apos; did not finish (%3 done). Run the command again with --resume to finish it first; nothing is sent twice.</source>
        <translation>Загрузка %1 счетов в «%2» не завершилась (готово: %3). Запустите команду снова с --resume, чтобы сначала её завершить; ничего не будет отправлено дважды.</translation>
    </message>
    <message>
        <source>There is no unfinished upload for &apos;%1&apos;; give the invoice files or folders to upload.</source>
        <translation>Для «%1» нет незавершённой загрузки; укажите файлы или папки счетов для загрузки.</translation>
    </message>
    <message>
        <source>Give the invoice files or folders to upload, e.g. &apos;invoices upload ~/invoices&apos;.</source>
        <translation>Укажите файлы или папки счетов для загрузки, например «invoices upload ~/invoices».</translation>
    </message>
    <message>
        <source>The map %1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать таблицу сопоставления %1 (%2).</translation>
    </message>
    <message>
        <source>This profile has no transactions.</source>
        <translation>У этого профиля нет транзакций.</translation>
    </message>
    <message>
        <source>Reading the shop&apos;s transactions…</source>
        <translation>Чтение транзакций магазина…</translation>
    </message>
    <message>
        <source>would upload %1 as invoice %2 of %3</source>
        <translation>загрузил бы %1 как счёт %2 к %3</translation>
    </message>
    <message>
        <source>would skip %1: %2</source>
        <translation>пропустил бы %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent (--dry-run).</source>
        <translation>Ничего не отправлено (--dry-run).</translation>
    </message>
    <message>
        <source>%1 of %2 invoices done, %3 of %4</source>
        <translation>готово счетов: %1 из %2, %3 из %4</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/с</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, осталось около %1 с</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, с ошибкой: %1</translation>
    </message>
    <message>
        <source>failed: %1 (%2): %3</source>
        <translation>ошибка: %1 (%2): %3</translation>
    </message>
    <message>
        <source>not confirmed: %1 (%2); run again with --resume</source>
        <translation>не подтверждено: %1 (%2); запустите снова с --resume</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>пропущено: %1: %2</translation>
    </message>
    <message>
        <source>Uploaded %1 invoices; %2 were already there, %3 failed, %4 skipped.</source>
        <translation>Загружено счетов: %1; уже были: %2, с ошибкой: %3, пропущено: %4.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::OutputWriter</name>
    <message>
        <source>Nothing was sent (--dry-run).</source>
        <translation>Ничего не отправлено (--dry-run).</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProductCommands</name>
    <message>
        <source>Give at most one product file, e.g. &apos;products upsert product.json&apos;.</source>
        <translation>Укажите не больше одного файла товара, например &apos;products upsert product.json&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>The product file is one JSON object with the product&apos;s fields, as in Webshippy&apos;s document.</source>
        <translation>Файл товара — один JSON-объект с полями товара, как в документе Webshippy.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. --set price=12.10; &quot;%1&quot; is not.</source>
        <translation>--set принимает ПОЛЕ=ЗНАЧЕНИЕ, например --set price=12.10; «%1» не подходит.</translation>
    </message>
    <message>
        <source>sku: a product is saved by its SKU; give it in the file or with --set sku=...</source>
        <translation>sku: товар сохраняется по SKU; укажите его в файле или через --set sku=...</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; products are saved in Webshippy.</source>
        <translation>Профиль &apos;%1&apos; — профиль %2; товары сохраняются в Webshippy.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor не умеет работать с этим сервисом.</translation>
    </message>
    <message>
        <source>Product %1 created.</source>
        <translation>Товар %1 создан.</translation>
    </message>
    <message>
        <source>Product %1: Webshippy found no changes.</source>
        <translation>Товар %1: Webshippy не нашёл изменений.</translation>
    </message>
    <message>
        <source>Product %1 modified.</source>
        <translation>Товар %1 изменён.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProfileCommands</name>
    <message>
        <source>Give one profile name, not %1.</source>
        <translation>Укажите ровно одно имя профиля (сейчас указано: %1).</translation>
    </message>
    <message>
        <source>Name the profile, e.g. &apos;profile show NAME&apos;.</source>
        <translation>Укажите профиль, например &apos;profile show ИМЯ&apos;.</translation>
    </message>
    <message>
        <source>Say which service the profile is for with --service (%1).</source>
        <translation>Укажите через --service, для какого сервиса этот профиль (%1).</translation>
    </message>
    <message>
        <source>Unknown service &apos;%1&apos;; choose one of %2.</source>
        <translation>Неизвестный сервис &apos;%1&apos;; выберите один из: %2.</translation>
    </message>
    <message>
        <source>Give the service&apos;s address with --url, e.g. --url https://shop.example.com/.</source>
        <translation>Укажите адрес сервиса через --url, например --url https://shop.example.com/.</translation>
    </message>
    <message>
        <source>The address &apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>Адрес &apos;%1&apos; не является URL вида http:// или https://.</translation>
    </message>
    <message>
        <source>Unknown authentication &apos;%1&apos;; use none, basic, bearer or header:NAME.</source>
        <translation>Неизвестный способ входа &apos;%1&apos;; используйте none, basic, bearer или header:ИМЯ.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or xml.</source>
        <translation>Неизвестный формат &apos;%1&apos;; используйте json или xml.</translation>
    </message>
    <message>
        <source>%1 speaks only %2; --format applies to VirtualPOS and Webshippy.</source>
        <translation>%1 поддерживает только %2; --format относится к VirtualPOS и Webshippy.</translation>
    </message>
    <message>
        <source>On the command line that is --allow-insecure-http, for a server on a network you trust.</source>
        <translation>В командной строке для этого служит --allow-insecure-http — только для сервера в сети, которой вы доверяете.</translation>
    </message>
    <message>
        <source>Secret for profile &apos;%1&apos;: </source>
        <translation>Пароль/ключ для профиля &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>No secret arrived on standard input.</source>
        <translation>Пароль/ключ не поступил на стандартный ввод.</translation>
    </message>
    <message>
        <source>Give the new profile exactly one name: &apos;profile add NAME --service S --url URL&apos;.</source>
        <translation>Укажите для нового профиля ровно одно имя: &apos;profile add ИМЯ --service S --url URL&apos;.</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already; remove it first or choose another name.</source>
        <translation>Профиль с именем &apos;%1&apos; уже существует; сначала удалите его или выберите другое имя.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Не удалось сохранить профиль.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; saved (%2, %3).</source>
        <translation>Профиль &apos;%1&apos; сохранён (%2, %3).</translation>
    </message>
    <message>
        <source>No secret was stored. Store one with &apos;profile set-secret %1&apos;, or pass it with --secret-env VARIABLE.</source>
        <translation>Пароль/ключ не сохранён. Сохраните его командой &apos;profile set-secret %1&apos; или передайте через --secret-env ПЕРЕМЕННАЯ.</translation>
    </message>
    <message>
        <source>Secret for profile &apos;%1&apos; stored.</source>
        <translation>Пароль/ключ для профиля &apos;%1&apos; сохранён.</translation>
    </message>
    <message>
        <source>The secret is in the keychain.</source>
        <translation>Пароль/ключ сохранён в хранилище паролей.</translation>
    </message>
    <message>
        <source>&apos;profile list&apos; takes no further words.</source>
        <translation>После &apos;profile list&apos; ничего указывать не нужно.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &apos;profile add NAME --service S --url URL&apos;.</source>
        <translation>Профилей пока нет. Добавьте профиль командой &apos;profile add ИМЯ --service S --url URL&apos;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>СЕРВИС</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>ВХОД</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>сохранён в хранилище паролей</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>пароль/ключ не сохранён</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Сервис:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Способ входа:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Plain http:</source>
        <translation>Незашифрованный http:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>разрешён</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Пароль/ключ:</translation>
    </message>
    <message>
        <source>Name the one profile to remove: &apos;profile remove NAME&apos;.</source>
        <translation>Укажите один профиль для удаления: &apos;profile remove ИМЯ&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>Профиль &apos;%1&apos; удалён.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; works. %2</source>
        <translation>Профиль &apos;%1&apos; работает. %2</translation>
    </message>
    <message>
        <source>--pin-sha256 takes the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>Для --pin-sha256 нужен отпечаток SHA-256 сертификата: 64 шестнадцатеричные цифры, двоеточия допускаются.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was saved without its secret. Store it later with &apos;profile set-secret %1&apos;, or pass it with --secret-env VARIABLE.</source>
        <translation>Профиль &apos;%1&apos; сохранён без пароля/ключа. Сохраните его позже командой &apos;profile set-secret %1&apos; или передайте через --secret-env ПЕРЕМЕННАЯ.</translation>
    </message>
    <message>
        <source>The secret for &apos;%1&apos; was not stored. For unattended runs pass it with --secret-env VARIABLE.</source>
        <translation>Пароль/ключ для &apos;%1&apos; не сохранён. Для автоматических запусков передайте его через --secret-env ПЕРЕМЕННАЯ.</translation>
    </message>
    <message>
        <source>Give the fingerprint with --pin-sha256 HEX, or --pin-sha256 none to trust no extra certificate.</source>
        <translation>Укажите --pin-sha256 ОТПЕЧАТОК или --pin-sha256 none, чтобы не доверять никаким дополнительным сертификатам.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; trusts no extra certificate.</source>
        <translation>Профиль &apos;%1&apos; не доверяет дополнительным сертификатам.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; trusts the certificate with SHA-256 fingerprint %2.</source>
        <translation>Профиль &apos;%1&apos; доверяет сертификату с отпечатком SHA-256 %2.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>неизвестно: %1</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; is still in the keychain (service &quot;%2&quot;, key &quot;profile:%3&quot;).</source>
        <translation>Пароль/ключ профиля &apos;%1&apos; по-прежнему находится в хранилище паролей (сервис «%2», ключ «profile:%3»).</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Доверенный сертификат:</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>Предлагает:</translation>
    </message>
    <message>
        <source>Not offered:</source>
        <translation>Недоступно:</translation>
    </message>
    <message>
        <source>%1 (named in the service&apos;s document but not described)</source>
        <translation>%1 (упомянуто в документации сервиса, но не описано)</translation>
    </message>
    <message>
        <source>Give the profile, the status code and its name, e.g. &apos;profile set-status-name shop 61 &quot;In Bearbeitung&quot;&apos;; an empty name (&quot;&quot;) removes it.</source>
        <translation>Укажите профиль, код статуса и его название, например &apos;profile set-status-name shop 61 &quot;В обработке&quot;&apos;; пустое название (&quot;&quot;) удаляет его.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status code: give the code as the shop sends it, e.g. 61.</source>
        <translation>&apos;%1&apos; — не код статуса: укажите код так, как его присылает магазин, например 61.</translation>
    </message>
    <message>
        <source>A status name has at most 80 characters.</source>
        <translation>Название статуса — не длиннее 80 символов.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; shows the status %2 as its number.</source>
        <translation>Профиль &apos;%1&apos; показывает статус %2 числом.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; shows the status %2 as &quot;%3&quot;.</source>
        <translation>Профиль &apos;%1&apos; показывает статус %2 как «%3».</translation>
    </message>
    <message>
        <source>Give app, none, or the proxy as http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT, e.g. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;.</source>
        <translation>Укажите app, none или прокси в виде http://[ИМЯ@]ХОСТ:ПОРТ или socks5://[ИМЯ@]ХОСТ:ПОРТ, например &apos;profile set-proxy shop http://proxy.example.com:3128&apos;.</translation>
    </message>
    <message>
        <source>A proxy password cannot be given on the command line. A proxy that asks for one is set in the application&apos;s settings, for all profiles.</source>
        <translation>Пароль прокси нельзя указывать в командной строке. Прокси, требующий пароль, задаётся в настройках программы — для всех профилей.</translation>
    </message>
    <message>
        <source>This is not a proxy.</source>
        <translation>Это не прокси.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy.</source>
        <translation>&apos;%1&apos; — не прокси.</translation>
    </message>
    <message>
        <source>A profile cannot choose the system&apos;s proxy itself: &apos;app&apos; uses the application&apos;s setting, which can be the system&apos;s.</source>
        <translation>Профиль не может сам выбрать системный прокси: &apos;app&apos; берёт настройку программы, а она может быть системной.</translation>
    </message>
    <message>
        <source>Give the profile and its proxy, e.g. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;, &apos;profile set-proxy shop none&apos; or &apos;profile set-proxy shop app&apos;.</source>
        <translation>Укажите профиль и его прокси, например &apos;profile set-proxy shop http://proxy.example.com:3128&apos;, &apos;profile set-proxy shop none&apos; или &apos;profile set-proxy shop app&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; connects through the proxy %2.</source>
        <translation>Профиль &apos;%1&apos; подключается через прокси %2.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; connects directly, without a proxy.</source>
        <translation>Профиль &apos;%1&apos; подключается напрямую, без прокси.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; uses the application&apos;s proxy setting.</source>
        <translation>Профиль &apos;%1&apos; использует настройку прокси программы.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProfileResolver</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. &apos;profile list&apos; shows the profiles.</source>
        <translation>Профиля с именем &apos;%1&apos; нет. &apos;profile list&apos; выводит список профилей.</translation>
    </message>
    <message>
        <source>There is no profile yet. Add one with &apos;profile add&apos;.</source>
        <translation>Профилей пока нет. Добавьте профиль командой &apos;profile add&apos;.</translation>
    </message>
    <message>
        <source>There are %1 profiles; choose one with --profile NAME.</source>
        <translation>Профилей: %1; выберите один через --profile ИМЯ.</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --secret-env is not set or is empty.</source>
        <translation>Переменная окружения %1, указанная в --secret-env, не задана или пуста.</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;. Store one with &apos;profile set-secret %1&apos; (it reads standard input), or pass it with --secret-env VARIABLE.</source>
        <translation>Для профиля &apos;%1&apos; не сохранён пароль/ключ. Сохраните его командой &apos;profile set-secret %1&apos; (она читает стандартный ввод) или передайте через --secret-env ПЕРЕМЕННАЯ.</translation>
    </message>
    <message>
        <source>There is no secret for profile &apos;%1&apos;: %2 For unattended runs pass it with --secret-env VARIABLE.</source>
        <translation>Для профиля &apos;%1&apos; нет пароля/ключа: %2 Для автоматических запусков передайте его через --secret-env ПЕРЕМЕННАЯ.</translation>
    </message>
    <message>
        <source>This version of Kontor cannot talk to %1.</source>
        <translation>Эта версия Kontor не поддерживает работу с %1.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ReadCommands</name>
    <message>
        <source>Try %1.</source>
        <translation>Попробуйте %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>Для --limit нужно целое число от 1 до %1.</translation>
    </message>
    <message>
        <source>No categories.</source>
        <translation>Категорий нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Заказов нет.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>ОПЛАЧЕН</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАН</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>КЛИЕНТ</translation>
    </message>
    <message>
        <source>No products.</source>
        <translation>Товаров нет.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>АРТИКУЛ</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>ВАРИАНТ</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>ЦЕНА</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>ВАЛЮТА</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>КОЛИЧЕСТВО</translation>
    </message>
    <message>
        <source>BARCODE</source>
        <translation>ШТРИХКОД</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile. %3</source>
        <translation>Профиль &apos;%1&apos; относится к сервису %2. %3</translation>
    </message>
    <message>
        <source>--page-size takes a whole number from 1 to %1.</source>
        <translation>--page-size принимает целое число от 1 до %1.</translation>
    </message>
    <message>
        <source>--%1 filters %2 orders; the profile &apos;%3&apos; is a %4 profile.</source>
        <translation>--%1 фильтрует заказы %2; профиль &apos;%3&apos; относится к %4.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>--%1 принимает дату в виде ГГГГ-ММ-ДД, например 2026-11-01.</translation>
    </message>
    <message>
        <source>--paid takes 1 (paid) or 0 (not paid).</source>
        <translation>--paid принимает 1 (оплачен) или 0 (не оплачен).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 принимает целое число.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>Для --%1 нужно значение.</translation>
    </message>
    <message>
        <source>%1 orders read (%2 pages)…</source>
        <translation>Прочитано заказов: %1 (страниц: %2)…</translation>
    </message>
    <message>
        <source>Give one order, e.g. &apos;orders show PL1572&apos;.</source>
        <translation>Укажите один заказ, например &apos;orders show PL1572&apos;.</translation>
    </message>
    <message>
        <source>VirtualPOS does not list an order %1. Check the id or number.</source>
        <translation>В списке VirtualPOS нет заказа %1. Проверьте id или номер.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>ПОЛЕ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>ПОЗ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>--csv needs the name of the file to write.</source>
        <translation>Для --csv нужно имя файла для записи.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>Could not write the file %1: %2.</source>
        <translation>Не удалось записать файл %1: %2.</translation>
    </message>
    <message>
        <source>Rows written to %1: %2.</source>
        <extracomment>How many orders (%2, a number) went into the CSV file %1.</extracomment>
        <translation>Записано строк в файл %1: %2.</translation>
    </message>
    <message>
        <source>--since takes a time as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, e.g. 2026-11-01 08:00:00.</source>
        <translation>--since принимает время в виде ГГГГ-ММ-ДД или ГГГГ-ММ-ДД ЧЧ:ММ:СС, например 2026-11-01 08:00:00.</translation>
    </message>
    <message>
        <source>--invoice-status takes invoiced, uninvoiced or error; &quot;%1&quot; is none of them.</source>
        <translation>--invoice-status принимает invoiced, uninvoiced или error; «%1» — ни одно из них.</translation>
    </message>
    <message>
        <source>--role takes supplier or retailer; &quot;%1&quot; is neither.</source>
        <translation>--role принимает supplier или retailer; «%1» — ни то, ни другое.</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2026-11-01; &quot;%2&quot; is not one.</source>
        <translation>--%1 принимает день в виде ГГГГ-ММ-ДД, например 2026-11-01; «%2» — не такой.</translation>
    </message>
    <message>
        <source>No transactions.</source>
        <translation>Транзакций нет.</translation>
    </message>
    <message>
        <source>TRANSACTION</source>
        <translation>ТРАНЗАКЦИЯ</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>SUPPLIER</source>
        <translation>ПОСТАВЩИК</translation>
    </message>
    <message>
        <source>RETAILER</source>
        <translation>ПРОДАВЕЦ</translation>
    </message>
    <message>
        <source>PAYMENT</source>
        <translation>ОПЛАТА</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>СЧЁТ</translation>
    </message>
    <message>
        <source>INVOICE NUMBER</source>
        <translation>НОМЕР СЧЁТА</translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation>ТОВАРЫ</translation>
    </message>
</context>
<context>
    <name>kontor::cli::WriteCommands</name>
    <message>
        <source>Give the order code and the new status code, e.g. &apos;orders set-status 2025-0042 137&apos;.</source>
        <translation>Укажите номер заказа и новый код статуса, например &apos;orders set-status 2025-0042 137&apos;.</translation>
    </message>
    <message>
        <source>--method takes put or patch.</source>
        <translation>--method принимает put или patch.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; only Printlounge lets Kontor change an order&apos;s status.</source>
        <translation>Профиль &apos;%1&apos; относится к %2; менять статус заказа Kontor может только в Printlounge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code. Printlounge&apos;s statuses are numbers, such as 61 or 137.</source>
        <translation>«%1» — не код статуса. Статусы Printlounge — это числа, например 61 или 137.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor не поддерживает работу с этим сервисом.</translation>
    </message>
    <message>
        <source>&apos;audit list&apos; takes no further words; use --since DATE.</source>
        <translation>&apos;audit list&apos; не принимает других слов; используйте --since ДАТА.</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>--since принимает дату в виде ГГГГ-ММ-ДД, например 2026-11-01.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>ПРОФИЛЬ</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ОБЪЕКТ</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ИЗМЕНЕНИЕ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>СООБЩЕНИЕ</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>kontor::codec::Lenient</name>
    <message>
        <source>%1 sent an empty answer. Try again later; if it keeps happening, tell the service&apos;s support.</source>
        <translation>%1 прислал пустой ответ. Повторите попытку позже; если это повторяется, сообщите в службу поддержки сервиса.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to its website rather than its interface.</source>
        <translation>%1 вернул веб-страницу вместо данных. Возможно, на сервисе идут технические работы или адрес в профиле указывает на его сайт, а не на API.</translation>
    </message>
    <message>
        <source>%1 sent an answer Kontor cannot read: it is nested too deeply. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 прислал ответ, который Kontor не может прочитать: в нём слишком глубокая вложенность. Если это повторяется, сообщите в службу поддержки сервиса.</translation>
    </message>
    <message>
        <source>%1&apos;s answer ended too early; it looks cut off. Try again; if it keeps happening, the connection or the service has trouble.</source>
        <translation>Ответ от %1 оборвался раньше времени; похоже, он обрезан. Повторите попытку; если это повторяется, значит, проблемы со связью или с сервисом.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON, so Kontor cannot read it. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 прислал ответ, который не является корректным JSON, поэтому Kontor не может его прочитать. Если это повторяется, сообщите в службу поддержки сервиса.</translation>
    </message>
    <message>
        <source>%1 sent an answer in a form Kontor does not expect, so it cannot be shown. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 прислал ответ в виде, которого Kontor не ожидает, поэтому его нельзя показать. Если это повторяется, сообщите в службу поддержки сервиса.</translation>
    </message>
</context>
<context>
    <name>kontor::codec::XmlTree</name>
    <message>
        <source>%1 sent an empty answer. Try again later; if it keeps happening, tell the service&apos;s support.</source>
        <translation>%1 прислал пустой ответ. Повторите попытку позже; если это повторяется, сообщите в службу поддержки сервиса.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to its website rather than its interface.</source>
        <translation>%1 вернул веб-страницу вместо данных. Возможно, на сервисе идут технические работы или адрес в профиле указывает на его сайт, а не на API.</translation>
    </message>
    <message>
        <source>%1&apos;s answer ended too early; it looks cut off. Try again; if it keeps happening, the connection or the service has trouble.</source>
        <translation>Ответ от %1 оборвался раньше времени; похоже, он обрезан. Повторите попытку; если это повторяется, значит, проблемы со связью или с сервисом.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid XML, so Kontor cannot read it. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 прислал ответ, который не является корректным XML, поэтому Kontor не может его прочитать. Если это повторяется, сообщите в службу поддержки сервиса.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Собрано с:</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Kontor authors. Kontor is free software under the %1 licence and comes with no warranty; the LICENSE file has the full text.</source>
        <translation>© 2026 авторы Kontor. Kontor — свободная программа под лицензией %1, без каких-либо гарантий; полный текст — в файле LICENSE.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::AllOrdersView</name>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Сохранить показанные строки в файл CSV для электронной таблицы (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load again from every profile (F5)</source>
        <translation>Загрузить заново из всех профилей (F5)</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Показываемые столбцы</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays in the list</source>
        <translation>Остановить загрузку; то, что уже пришло, останется в списке</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>This service has no order list in Kontor.</source>
        <translation>Для этого сервиса в Kontor нет списка заказов.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Not every profile could be read. %1</source>
        <translation>Не из всех профилей удалось загрузить заказы. %1</translation>
    </message>
    <message>
        <source>Loading orders from %1 profiles: %2 so far…</source>
        <translation>Загрузка заказов из профилей (%1): пока %2…</translation>
    </message>
    <message>
        <source>No profile with orders yet. Create one, or try the demo.</source>
        <translation>Пока нет профилей с заказами. Создайте профиль или попробуйте демо.</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Загрузка заказов…</translation>
    </message>
    <message>
        <source>None of the profiles has orders to show.</source>
        <translation>Ни в одном профиле нет заказов для показа.</translation>
    </message>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Нет заказов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Orders shown: %1</source>
        <translation>Показано заказов: %1</translation>
    </message>
    <message>
        <source> · from %1 profiles</source>
        <translation> · профилей: %1</translation>
    </message>
    <message>
        <source>all-orders</source>
        <translation>vse-zakazy</translation>
    </message>
    <message>
        <source>Search orders…</source>
        <translation>Поиск заказов…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Поиск заказов</translation>
    </message>
    <message>
        <source>Show only the loaded orders whose number, status, date, amount, customer, item names or source contain this text</source>
        <translation>Показывать только загруженные заказы, у которых номер, статус, дата, сумма, клиент, названия позиций или источник содержат этот текст</translation>
    </message>
    <message>
        <source>Orders matching the search: %1 of %2</source>
        <translation>Заказы, подходящие под поиск: %1 из %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::BundleForm</name>
    <message>
        <source>New bundle — %1</source>
        <translation>Новый комплект — %1</translation>
    </message>
    <message>
        <source>Create bundle…</source>
        <translation>Создать комплект…</translation>
    </message>
    <message>
        <source>e.g. Summer starter pack</source>
        <translation>например, Летний стартовый набор</translation>
    </message>
    <message>
        <source>e.g. 5000 or 12.10</source>
        <translation>например, 5000 или 12.10</translation>
    </message>
    <message>
        <source>Type part of a SKU or a name</source>
        <translation>Введите часть SKU или названия</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Unit net price</source>
        <translation>Цена ед. нетто</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма строки</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Products in the bundle</source>
        <translation>Товары в комплекте</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Найденные товары</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Загрузка товаров…</translation>
    </message>
    <message>
        <source>The products could not be loaded: %1</source>
        <translation>Не удалось загрузить товары: %1</translation>
    </message>
    <message>
        <source>Loading products… %1 so far</source>
        <translation>Загрузка товаров… пока %1</translation>
    </message>
    <message>
        <source>Products in the shop: %1</source>
        <translation>Товаров в магазине: %1</translation>
    </message>
    <message>
        <source>this service has no product list.</source>
        <translation>у этого сервиса нет списка товаров.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Количество %1</translation>
    </message>
    <message>
        <source>Remove %1 from the bundle</source>
        <translation>Убрать %1 из комплекта</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>No products yet: find them on the left and add them.</source>
        <translation>Товаров пока нет: найдите их слева и добавьте.</translation>
    </message>
    <message>
        <source>The products are priced in different currencies (%1): they are not added up.</source>
        <translation>Цены товаров в разных валютах (%1): они не суммируются.</translation>
    </message>
    <message>
        <source>Parts&apos; total at their own prices: %1</source>
        <translation>Сумма частей по их ценам: %1</translation>
    </message>
    <message>
        <source>Parts&apos; total at their own prices: %1 (some products have no price)</source>
        <translation>Сумма частей по их ценам: %1 (у некоторых товаров нет цены)</translation>
    </message>
    <message>
        <source>Type the bundle&apos;s net price to compare it with the parts&apos; total.</source>
        <translation>Введите цену комплекта нетто, чтобы сравнить её с суммой частей.</translation>
    </message>
    <message>
        <source>Bundle price %1; the products are priced in %2, so the two are not compared.</source>
        <translation>Цена комплекта %1; товары оценены в %2, поэтому цены не сравниваются.</translation>
    </message>
    <message>
        <source>Bundle price %1 — the same as the parts&apos; total</source>
        <translation>Цена комплекта %1 — равна сумме частей</translation>
    </message>
    <message>
        <source>Bundle price %1 — %2 below the parts&apos; total</source>
        <translation>Цена комплекта %1 — на %2 ниже суммы частей</translation>
    </message>
    <message>
        <source>Bundle price %1 — %2 above the parts&apos; total</source>
        <translation>Цена комплекта %1 — на %2 выше суммы частей</translation>
    </message>
    <message>
        <source>Create bundle</source>
        <translation>Создать комплект</translation>
    </message>
    <message>
        <source>This is the request Webshippy &apos;%1&apos; will receive. Nothing is sent until you press Send.</source>
        <translation>Этот запрос получит Webshippy «%1». Ничего не отправляется, пока вы не нажмёте «Отправить».</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Creating bundle %1…</source>
        <translation>Создание комплекта %1…</translation>
    </message>
    <message>
        <source>Bundles are Webshippy&apos;s; this profile is not.</source>
        <translation>Комплекты есть только в Webshippy; этот профиль — не Webshippy.</translation>
    </message>
    <message>
        <source>Bundle %1 created (Webshippy id %2).</source>
        <translation>Комплект %1 создан (ID в Webshippy %2).</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>История не смогла это записать: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CardForm</name>
    <message>
        <source>Discount card — %1</source>
        <translation>Дисконтная карта — %1</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(оставить как есть)</translation>
    </message>
    <message>
        <source>Plastic card</source>
        <translation>Пластиковая карта</translation>
    </message>
    <message>
        <source>Magnetic stripe card</source>
        <translation>Карта с магнитной полосой</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <source>The shop makes this barcode from the card number: the number padded with zeros to 12 digits and a check digit.</source>
        <translation>Магазин формирует этот штрихкод из номера карты: номер, дополненный нулями до 12 цифр, и контрольная цифра.</translation>
    </message>
    <message>
        <source>Delete the card the key finds (asks first)</source>
        <translation>Удалить карту, найденную по ключу (с подтверждением)</translation>
    </message>
    <message>
        <source>Printed on the card as shown; the shop makes the same code.</source>
        <translation>Так он печатается на карте; магазин формирует такой же код.</translation>
    </message>
    <message>
        <source>Type the card number to see its barcode.</source>
        <translation>Введите номер карты, чтобы увидеть её штрихкод.</translation>
    </message>
    <message>
        <source>The card number must be 1 to 12 digits to make a barcode.</source>
        <translation>Для штрихкода номер карты должен состоять из 1–12 цифр.</translation>
    </message>
    <message>
        <source>To change or delete a card, give one key that finds it.</source>
        <translation>Чтобы изменить или удалить карту, укажите ключ, по которому её можно найти.</translation>
    </message>
    <message>
        <source>The shop will find the card by %1.</source>
        <translation>Магазин найдёт карту по ключу: %1.</translation>
    </message>
    <message>
        <source>Create this card?</source>
        <translation>Создать эту карту?</translation>
    </message>
    <message>
        <source>These fields will be sent to &apos;%1&apos; to create the card:</source>
        <translation>Эти поля будут отправлены в «%1» для создания карты:</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Создать карту</translation>
    </message>
    <message>
        <source>Save the changes to this card?</source>
        <translation>Сохранить изменения этой карты?</translation>
    </message>
    <message>
        <source>The shop will find the card by %1 and set these fields:</source>
        <translation>Магазин найдёт карту по ключу %1 и установит эти поля:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Удалить карту</translation>
    </message>
    <message>
        <source>Delete the card with %1 from &apos;%2&apos;? The shop removes it for good.</source>
        <translation>Удалить карту (%1) из «%2»? Магазин удалит её навсегда.</translation>
    </message>
    <message>
        <source>Deleting the card in &apos;%1&apos;…</source>
        <translation>Удаление карты в «%1»…</translation>
    </message>
    <message>
        <source>Sending the card to &apos;%1&apos;…</source>
        <translation>Отправка карты в «%1»…</translation>
    </message>
    <message>
        <source>This profile is not a VirtualPOS profile; cards are kept there.</source>
        <translation>Этот профиль — не профиль VirtualPOS; карты хранятся там.</translation>
    </message>
    <message>
        <source>The card with %1 was deleted.</source>
        <translation>Карта (%1) удалена.</translation>
    </message>
    <message>
        <source>Card %1 created.</source>
        <translation>Карта %1 создана.</translation>
    </message>
    <message>
        <source>Card %1 saved.</source>
        <translation>Карта %1 сохранена.</translation>
    </message>
    <message>
        <source>It could not be written to the history: %1</source>
        <translation>Не удалось записать в историю: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CategoriesTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивна</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CategoriesView</name>
    <message>
        <source>Filter categories…</source>
        <translation>Фильтр категорий…</translation>
    </message>
    <message>
        <source>Shows the categories whose name or ID contains the text, with the categories above them</source>
        <translation>Показывает категории, у которых название или ID содержат этот текст, вместе с вышестоящими категориями</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Развернуть все</translation>
    </message>
    <message>
        <source>Open every branch of the tree</source>
        <translation>Раскрыть все ветви дерева</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load the categories again from the service</source>
        <translation>Загрузить категории заново из сервиса</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Categories of &apos;%1&apos;</source>
        <translation>Категории «%1»</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Профиль не выбран</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Выберите профиль слева.</translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation>Загрузка категорий…</translation>
    </message>
    <message>
        <source>Loading categories from &apos;%1&apos;…</source>
        <translation>Загрузка категорий из «%1»…</translation>
    </message>
    <message>
        <source>This service has no categories in Kontor.</source>
        <translation>Для этого сервиса в Kontor нет категорий.</translation>
    </message>
    <message>
        <source>The categories could not be loaded again. %1</source>
        <translation>Не удалось заново загрузить категории. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No categories yet</source>
        <translation>Категорий пока нет</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no product categories.</source>
        <translation>В «%1» нет категорий товаров.</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Проверить сертификат…</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the service.</source>
        <translation>При обмене данными с сервисом что-то пошло не так.</translation>
    </message>
    <message>
        <source>The categories could not be loaded</source>
        <translation>Не удалось загрузить категории</translation>
    </message>
    <message>
        <source>Categories: %1, inactive: %2</source>
        <translation>Категорий: %1, неактивных: %2</translation>
    </message>
    <message>
        <source>Categories shown with the filter: %1 of %2</source>
        <translation>Категорий по фильтру: %1 из %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Сертификат %1</translation>
    </message>
    <message>
        <source>Kontor could not verify the certificate that %1 presented for the profile &apos;%2&apos;, so it did not connect.</source>
        <translation>Kontor не смог проверить сертификат, который %1 предъявил для профиля «%2», поэтому не стал подключаться.</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation>&amp;Доверять этому сертификату для этого профиля</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomerForm</name>
    <message>
        <source>Save customer…</source>
        <translation>Сохранить клиента…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 1980-05-17</source>
        <translation>ГГГГ-ММ-ДД, например 1980-05-17</translation>
    </message>
    <message>
        <source>The group&apos;s name; a new name creates the group</source>
        <translation>Название группы; новое название создаёт группу</translation>
    </message>
    <message>
        <source>When no customer has this id (or no id is given), VirtualPOS creates the customer</source>
        <translation>Если ни у одного клиента нет этого ID (или ID не указан), VirtualPOS создаёт клиента</translation>
    </message>
    <message>
        <source>Empty: VirtualPOS gives the new customer an id</source>
        <translation>Пусто: VirtualPOS присвоит новому клиенту ID</translation>
    </message>
    <message>
        <source>%1 — VirtualPOS computes it from the birth date; it is never sent</source>
        <translation>%1 — VirtualPOS вычисляет его по дате рождения; он никогда не отправляется</translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation>Клиент %1 — %2</translation>
    </message>
    <message>
        <source>New customer — %1</source>
        <translation>Новый клиент — %1</translation>
    </message>
    <message>
        <source>Nothing has changed; there is nothing to send.</source>
        <translation>Ничего не изменилось; отправлять нечего.</translation>
    </message>
    <message>
        <source>Update customer %1</source>
        <translation>Обновить клиента %1</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Создать клиента</translation>
    </message>
    <message>
        <source>These fields will be sent to VirtualPOS &apos;%1&apos;. Nothing is sent until you press Send.</source>
        <translation>Эти поля будут отправлены в VirtualPOS «%1». Ничего не отправляется, пока вы не нажмёте «Отправить».</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Saving the customer…</source>
        <translation>Сохранение клиента…</translation>
    </message>
    <message>
        <source>Customers are VirtualPOS&apos;s; this profile is not.</source>
        <translation>Клиенты есть только в VirtualPOS; этот профиль — не VirtualPOS.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Клиент %1 создан.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>Клиент %1 обновлён.</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>История не смогла это записать: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID клиента</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomersView</name>
    <message>
        <source>Loading customers…</source>
        <translation>Загрузка клиентов…</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <source>The customers could not be loaded</source>
        <translation>Не удалось загрузить клиентов</translation>
    </message>
    <message>
        <source>More customers could not be loaded.</source>
        <translation>Не удалось загрузить остальных клиентов.</translation>
    </message>
    <message>
        <source>Search customers…</source>
        <translation>Поиск клиентов…</translation>
    </message>
    <message>
        <source>Show only the customers whose name, e-mail, phone or id contains this text</source>
        <translation>Показывать только клиентов, у которых имя, эл. почта, телефон или ID содержат этот текст</translation>
    </message>
    <message>
        <source>Load more customers</source>
        <translation>Загрузить ещё клиентов</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klienty</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Add a customer to this shop</source>
        <translation>Добавить клиента в этот магазин</translation>
    </message>
    <message>
        <source>%1 — Customers</source>
        <translation>%1 — Клиенты</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;…</source>
        <translation>Загрузка клиентов из «%1»…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no customers yet. &quot;New customer…&quot; adds one.</source>
        <translation>В «%1» пока нет клиентов. «Новый клиент…» добавит клиента.</translation>
    </message>
    <message>
        <source>Customers shown: %1</source>
        <translation>Показано клиентов: %1</translation>
    </message>
    <message>
        <source>Customers matching the search: %1 of %2</source>
        <translation>Клиенты по запросу: %1 из %2</translation>
    </message>
    <message>
        <source>Customers are listed for VirtualPOS profiles only.</source>
        <translation>Клиенты показываются только для профилей VirtualPOS.</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;: %2 of %3…</source>
        <translation>Загрузка клиентов из «%1»: %2 из %3…</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;: %2 so far (page %3)…</source>
        <translation>Загрузка клиентов из «%1»: пока %2 (страница %3)…</translation>
    </message>
</context>
<context>
    <name>kontor::gui::DemoSession</name>
    <message>
        <source>The demo could not start its built-in simulator.</source>
        <translation>Не удалось запустить встроенный симулятор для демо-режима.</translation>
    </message>
    <message>
        <source>Demo Printlounge</source>
        <translation>Демо Printlounge</translation>
    </message>
    <message>
        <source>Demo OmniSeller</source>
        <translation>Демо OmniSeller</translation>
    </message>
    <message>
        <source>Demo VirtualPOS</source>
        <translation>Демо VirtualPOS</translation>
    </message>
    <message>
        <source>Demo Webshippy</source>
        <translation>Демо Webshippy</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Готов к отправке</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
</context>
<context>
    <name>kontor::gui::Ean13BarcodeWidget</name>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>No barcode</source>
        <translation>Нет штрихкода</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>The folder with Kontor&apos;s log files, for your IT support. They hold no passwords or API keys.</source>
        <translation>Папка с журналами Kontor для вашей ИТ-поддержки. В них нет паролей и API-ключей.</translation>
    </message>
    <message>
        <source>Kontor could not open the log folder. It is %1</source>
        <translation>Kontor не смог открыть папку журналов. Она находится здесь: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HistoryTableModel</name>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HistoryView</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Search the history…</source>
        <translation>Поиск по истории…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Поиск по истории</translation>
    </message>
    <message>
        <source>Show only changes whose profile, record, values, outcome or message contain this text</source>
        <translation>Показывать только изменения, у которых профиль, объект, значения, результат или сообщение содержат этот текст</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Сохранить показанные строки в файл CSV для электронной таблицы (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>Не удалось прочитать историю. %1</translation>
    </message>
    <message>
        <source>No changes yet. Every change Kontor makes to a shop — a new order status, for example — is listed here with the shop&apos;s answer.</source>
        <translation>Изменений пока нет. Здесь перечисляется каждое изменение, которое Kontor вносит в магазин (например, новый статус заказа), вместе с ответом магазина.</translation>
    </message>
    <message>
        <source>No change matches &quot;%1&quot;.</source>
        <translation>Нет изменений, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Changes matching the search: 0 of %1</source>
        <translation>Изменений по запросу: 0 из %1</translation>
    </message>
    <message>
        <source>Changes recorded: %1</source>
        <translation>Записано изменений: %1</translation>
    </message>
    <message>
        <source>Changes matching the search: %1 of %2</source>
        <translation>Изменений по запросу: %1 из %2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>istoriya</translation>
    </message>
</context>
<context>
    <name>kontor::gui::InvoiceMatchModel</name>
    <message>
        <source>Checking</source>
        <translation>Проверяется</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлен</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Уже был</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Ждёт подтверждения</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Double-click to choose the transaction this invoice belongs to</source>
        <translation>Дважды щёлкните, чтобы выбрать транзакцию, к которой относится этот счёт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>kontor::gui::MainWindow</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Your profiles could not be saved. %1</source>
        <translation>Не удалось сохранить ваши профили. %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Новый профиль…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Попробовать &amp;демо</translation>
    </message>
    <message>
        <source>Add demo profiles connected to a built-in simulator of the four services</source>
        <translation>Добавить демо-профили, подключённые к встроенному симулятору четырёх сервисов</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Фильтр списка</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;О программе Kontor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Demo mode: the demo profiles talk to a simulator inside Kontor. Nothing you do there reaches a real shop, and they are gone when Kontor closes.</source>
        <translation>Демо-режим: демо-профили работают с симулятором внутри Kontor. Ничто из сделанного там не попадёт в настоящий магазин, а при закрытии Kontor эти профили исчезнут.</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Kontor cannot show lists for %1 yet. You can already check that this profile signs in.</source>
        <translation>Kontor пока не может показывать списки для %1. Но вы уже можете проверить, что вход с этим профилем работает.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Добро пожаловать в Kontor</translation>
    </message>
    <message>
        <source>Kontor shows the orders of your shop services in one place. Create a profile with your service&apos;s address and API key to begin, or try Kontor with simulated shops.</source>
        <translation>Kontor показывает заказы из сервисов вашего магазина в одном месте. Чтобы начать, создайте профиль с адресом сервиса и ключом API или попробуйте Kontor на симулированных магазинах.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Попробовать демо</translation>
    </message>
    <message>
        <source>Your system keychain is not available. Passwords you enter are kept only until Kontor closes.</source>
        <translation>Системное хранилище паролей недоступно. Введённые пароли будут храниться только до закрытия Kontor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http: its password or API key and its orders travel unencrypted, and anyone on the network can read them.</source>
        <translation>«%1» использует незашифрованный http: пароль или ключ API и заказы передаются в открытом виде, и любой в сети может их прочитать.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (недоступно)</translation>
    </message>
    <message>
        <source>%1 — not offered</source>
        <translation>%1 — недоступно</translation>
    </message>
    <message>
        <source>&amp;All orders</source>
        <translation>&amp;Все заказы</translation>
    </message>
    <message>
        <source>The orders of every profile in one list (Ctrl+Shift+A)</source>
        <translation>Заказы всех профилей в одном списке (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Every change Kontor made to a shop (Ctrl+H)</source>
        <translation>Все изменения, которые Kontor внёс в магазины (Ctrl+H)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>%1 categories · updated %2</source>
        <translation>Категорий: %1 · обновлено в %2</translation>
    </message>
    <message>
        <source>%1 orders from every profile · updated %2</source>
        <translation>Заказов из всех профилей: %1 · обновлено в %2</translation>
    </message>
    <message>
        <source>%1 changes recorded</source>
        <translation>Записано изменений: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 orders have their new status. The History lists every change.</source>
        <translation>«%1»: новый статус получили заказы: %2. Все изменения перечислены в разделе «История».</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 orders changed, %3 not; the reasons are in the status window and the History.</source>
        <translation>«%1»: изменено заказов: %2, не изменено: %3; причины указаны в окне смены статуса и в разделе «История».</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Сохранить показанные строки в файл CSV для электронной таблицы (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>All orders — Kontor</source>
        <translation>Все заказы — Kontor</translation>
    </message>
    <message>
        <source>History — Kontor</source>
        <translation>История — Kontor</translation>
    </message>
    <message>
        <source>%1 orders · updated %2</source>
        <translation>Заказов: %1 · обновлено в %2</translation>
    </message>
    <message>
        <source>%1 products · updated %2</source>
        <translation>Товаров: %1 · обновлено в %2</translation>
    </message>
    <message>
        <source>Discount cards of &apos;%1&apos;</source>
        <translation>Дисконтные карты «%1»</translation>
    </message>
    <message>
        <source>VirtualPOS has no list of cards to read. Create a card here, or change, block or delete one you know by its card id, number, external id or barcode.</source>
        <translation>VirtualPOS не отдаёт список карт. Создайте карту здесь или измените, заблокируйте или удалите известную вам карту по её ID, номеру, внешнему ID или штрихкоду.</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>Новая карта…</translation>
    </message>
    <message>
        <source>Change or delete a card…</source>
        <translation>Изменить или удалить карту…</translation>
    </message>
    <message>
        <source>%1 customers · updated %2</source>
        <translation>Клиентов: %1 · обновлено %2</translation>
    </message>
    <message>
        <source>%1 transactions · updated %2</source>
        <translation>Транзакций: %1 · обновлено %2</translation>
    </message>
    <message>
        <source>&amp;Upload invoices…</source>
        <translation>&amp;Загрузить счета…</translation>
    </message>
    <message>
        <source>Upload invoice files to this shop&apos;s marketplace transactions</source>
        <translation>Загрузить файлы счетов к транзакциям маркетплейса этого магазина</translation>
    </message>
    <message>
        <source>An upload of invoices to &apos;%1&apos; did not finish: %2 of %3 sent. &quot;Upload invoices…&quot; resumes it.</source>
        <translation>Загрузка счетов в «%1» не завершилась: отправлено %2 из %3. «Загрузить счета…» продолжит её.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Запросы</translation>
    </message>
    <message>
        <source>Every request Kontor sent in this session, secrets masked (Ctrl+Shift+R)</source>
        <translation>Все запросы Kontor в этом сеансе, секреты скрыты (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>kontor::gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrderDetailPane</name>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Адрес для счёта</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>не оплачен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Close the order (Esc)</source>
        <translation>Закрыть заказ (Esc)</translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation>Закрыть заказ</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Позиции заказа</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Loading the cart…</source>
        <translation>Загрузка корзины…</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Загрузка заказа…</translation>
    </message>
    <message>
        <source>The full order could not be loaded: %1</source>
        <translation>Не удалось загрузить заказ полностью: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Центр затрат</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <source>Customer&apos;s order number</source>
        <translation>Номер заказа клиента</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>Внутренний ID</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Мандант</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Customer&apos;s user ID</source>
        <translation>ID пользователя клиента</translation>
    </message>
    <message>
        <source>Budget group user</source>
        <translation>Пользователь бюджетной группы</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order sequence number</source>
        <translation>Порядковый номер заказа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Номер плательщика НДС</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Оформил заказ</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Item status</source>
        <translation>Статус позиции</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Own invoice number</source>
        <translation>Собственный номер счёта</translation>
    </message>
    <message>
        <source>Own order number</source>
        <translation>Собственный номер заказа</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Код купона</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Название задания</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Service provider reference</source>
        <translation>Номер у поставщика услуг</translation>
    </message>
    <message>
        <source>Service provider status</source>
        <translation>Статус у поставщика услуг</translation>
    </message>
    <message>
        <source>Cart table</source>
        <translation>Таблица корзины</translation>
    </message>
    <message>
        <source>Print shop</source>
        <translation>Типография</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кем согласован</translation>
    </message>
    <message>
        <source>Approval e-mail</source>
        <translation>Эл. почта для согласования</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>Пояснение к согласованию</translation>
    </message>
    <message>
        <source>Budget group</source>
        <translation>Бюджетная группа</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Budget before</source>
        <translation>Бюджет до заказа</translation>
    </message>
    <message>
        <source>Budget booked</source>
        <translation>Списано с бюджета</translation>
    </message>
    <message>
        <source>Budget after</source>
        <translation>Бюджет после заказа</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Платёжная система</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Код банка</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Владелец счёта</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Micropayment authorised</source>
        <translation>Микроплатёж авторизован</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Сумма брутто</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Сумма нетто</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Shipping charges</source>
        <translation>Стоимость доставки</translation>
    </message>
    <message>
        <source>Express surcharge</source>
        <translation>Надбавка за срочность</translation>
    </message>
    <message>
        <source>Budget group discount</source>
        <translation>Скидка бюджетной группы</translation>
    </message>
    <message>
        <source>Budget group discount amount</source>
        <translation>Сумма скидки бюджетной группы</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>НДС включён</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Итого нетто</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатан</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Напоминание отправлено</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Дата счёта</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Дата доставки</translation>
    </message>
    <message>
        <source>Express delivery</source>
        <translation>Срочная доставка</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Требует согласования</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Повторный заказ</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Отправлять напоминание</translation>
    </message>
    <message>
        <source>Direct download</source>
        <translation>Прямое скачивание</translation>
    </message>
    <message>
        <source>PDF download only</source>
        <translation>Только скачивание PDF</translation>
    </message>
    <message>
        <source>Not calculated</source>
        <translation>Без расчёта стоимости</translation>
    </message>
    <message>
        <source>PDF order</source>
        <translation>Заказ PDF</translation>
    </message>
    <message>
        <source>Print job</source>
        <translation>Заказ на печать</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Отображается</translation>
    </message>
    <message>
        <source>Called %1 by the service</source>
        <translation>В сервисе это поле называется %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrderFilterBar</name>
    <message>
        <source>Apply filters</source>
        <translation>Применить фильтры</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Load the orders again, only those the shop finds with these filters</source>
        <translation>Загрузить заказы заново — только те, которые магазин находит по этим фильтрам</translation>
    </message>
    <message>
        <source>Load every order again, without filters</source>
        <translation>Загрузить все заказы заново, без фильтров</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Last days</source>
        <translation>Последние дни</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Pick a status or type its code, e.g. 62</source>
        <translation>Выберите статус или введите его код, например 62</translation>
    </message>
    <message>
        <source>Only the orders of the last days (VirtualPOS counts them from today)</source>
        <translation>Только заказы за последние дни (VirtualPOS считает от сегодняшнего дня)</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a filter and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrdersTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Order %1 (internal id %2)</source>
        <translation>Заказ %1 (внутренний ID %2)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrdersView</name>
    <message>
        <source>Loading orders…</source>
        <translation>Загрузка заказов…</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Заказов пока нет</translation>
    </message>
    <message>
        <source>The orders could not be loaded</source>
        <translation>Не удалось загрузить заказы</translation>
    </message>
    <message>
        <source>More orders could not be loaded.</source>
        <translation>Не удалось загрузить следующие заказы.</translation>
    </message>
    <message>
        <source>Load more orders</source>
        <translation>Загрузить ещё заказы</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>%1 — Orders</source>
        <translation>%1 — Заказы</translation>
    </message>
    <message>
        <source>Loading orders from &apos;%1&apos;…</source>
        <translation>Загрузка заказов из «%1»…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no orders to show.</source>
        <translation>В «%1» нет заказов для показа.</translation>
    </message>
    <message>
        <source>Orders shown: %1</source>
        <translation>Показано заказов: %1</translation>
    </message>
    <message>
        <source>This service has no order list in Kontor.</source>
        <translation>Для этого сервиса в Kontor нет списка заказов.</translation>
    </message>
    <message>
        <source>Loading orders from &apos;%1&apos;: %2 so far (page %3)…</source>
        <translation>Загрузка заказов из &apos;%1&apos;: пока %2 (страница %3)…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>zakazy</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Открыть заказ</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <source>Show the order with its items beside the list (Enter)</source>
        <translation>Показать заказ с позициями рядом со списком (Enter)</translation>
    </message>
    <message>
        <source>Give the selected orders a new status (F2)</source>
        <translation>Присвоить выбранным заказам новый статус (F2)</translation>
    </message>
    <message>
        <source>Only Printlounge lets Kontor change an order&apos;s status.</source>
        <translation>Менять статус заказа Kontor может только в Printlounge.</translation>
    </message>
    <message>
        <source>Search orders…</source>
        <translation>Поиск заказов…</translation>
    </message>
    <message>
        <source>Show only the loaded orders whose number, status, date, amount, customer or item names contain this text</source>
        <translation>Показывать только загруженные заказы, у которых номер, статус, дата, сумма, клиент или названия позиций содержат этот текст</translation>
    </message>
    <message>
        <source>Filters the shop applies before it sends the orders</source>
        <translation>Фильтры, которые магазин применяет, прежде чем отправить заказы</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no orders that match the filters (%2). Clear the filters to see every order.</source>
        <translation>В «%1» нет заказов, подходящих под фильтры (%2). Сбросьте фильтры, чтобы увидеть все заказы.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Фильтры (%1)</translation>
    </message>
    <message>
        <source>Orders matching the search: %1 of %2</source>
        <translation>Заказы, подходящие под поиск: %1 из %2</translation>
    </message>
    <message>
        <source>loaded with the filters %1</source>
        <translation>загружено с фильтрами %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductForm</name>
    <message>
        <source>(not sent)</source>
        <translation>(не отправляется)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Now: %1. Webshippy shows a category by its names; type a code only to change it.</source>
        <translation>Сейчас: %1. Webshippy показывает категорию по названиям; вводите код, только чтобы её изменить.</translation>
    </message>
    <message>
        <source>The SKU is the product&apos;s key in Webshippy; it cannot change.</source>
        <translation>SKU — ключ товара в Webshippy; его нельзя изменить.</translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation>Товар %1 — %2</translation>
    </message>
    <message>
        <source>New product — %1</source>
        <translation>Новый товар — %1</translation>
    </message>
    <message>
        <source>These fields go to Webshippy for the product %1. Values that change are in bold.</source>
        <translation>Эти поля уйдут в Webshippy для товара %1. Изменяемые значения выделены жирным.</translation>
    </message>
    <message>
        <source>These fields go to Webshippy. If no product has the SKU %1 yet, it is created; if one has, that product is changed.</source>
        <translation>Эти поля уйдут в Webshippy. Если товара с SKU %1 ещё нет, он будет создан; если есть — изменён.</translation>
    </message>
    <message>
        <source>Save product %1</source>
        <translation>Сохранить товар %1</translation>
    </message>
    <message>
        <source>Send to Webshippy</source>
        <translation>Отправить в Webshippy</translation>
    </message>
    <message>
        <source>Sending the product %1 to Webshippy…</source>
        <translation>Отправка товара %1 в Webshippy…</translation>
    </message>
    <message>
        <source>Products can be saved only in a Webshippy profile; &apos;%1&apos; is not one.</source>
        <translation>Товары можно сохранять только в профиле Webshippy; «%1» — не такой.</translation>
    </message>
    <message>
        <source>Webshippy created the product %1.</source>
        <translation>Webshippy создал товар %1.</translation>
    </message>
    <message>
        <source>Webshippy modified the product %1.</source>
        <translation>Webshippy изменил товар %1.</translation>
    </message>
    <message>
        <source>Webshippy found no changes in the product %1; nothing was modified.</source>
        <translation>Webshippy не нашёл изменений в товаре %1; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductsTableModel</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductsView</name>
    <message>
        <source>Loading products…</source>
        <translation>Загрузка товаров…</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Товаров пока нет</translation>
    </message>
    <message>
        <source>The products could not be loaded</source>
        <translation>Не удалось загрузить товары</translation>
    </message>
    <message>
        <source>More products could not be loaded.</source>
        <translation>Не удалось загрузить следующие товары.</translation>
    </message>
    <message>
        <source>Filter products…</source>
        <translation>Фильтр товаров…</translation>
    </message>
    <message>
        <source>Show only products whose SKU, name, variant, barcode, price or stock contains this text</source>
        <translation>Показывать только товары, у которых артикул, название, вариант, штрихкод, цена или остаток содержат этот текст</translation>
    </message>
    <message>
        <source>Load more products</source>
        <translation>Загрузить ещё товары</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>%1 — Products</source>
        <translation>%1 — Товары</translation>
    </message>
    <message>
        <source>Loading products from &apos;%1&apos;…</source>
        <translation>Загрузка товаров из «%1»…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no products to show.</source>
        <translation>В «%1» нет товаров для показа.</translation>
    </message>
    <message>
        <source>Products shown: %1</source>
        <translation>Показано товаров: %1</translation>
    </message>
    <message>
        <source>Products matching the filter: %1 of %2</source>
        <translation>Товаров по фильтру: %1 из %2</translation>
    </message>
    <message>
        <source>This service has no product list in Kontor yet.</source>
        <translation>Для этого сервиса в Kontor пока нет списка товаров.</translation>
    </message>
    <message>
        <source>products</source>
        <translation>tovary</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Новый товар…</translation>
    </message>
    <message>
        <source>Create a product in Webshippy</source>
        <translation>Создать товар в Webshippy</translation>
    </message>
    <message>
        <source>The connection to the service was closed.</source>
        <translation>Соединение с сервисом закрыто.</translation>
    </message>
    <message>
        <source>Loading products… %1 so far</source>
        <translation>Загрузка товаров… пока %1</translation>
    </message>
    <message>
        <source>New bundle…</source>
        <translation>Новый комплект…</translation>
    </message>
    <message>
        <source>Put products together as a bundle in Webshippy</source>
        <translation>Собрать товары в комплект в Webshippy</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileActions</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Новый профиль…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Connect Kontor to another shop service</source>
        <translation>Подключить Kontor к ещё одному сервису магазина</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the address, sign-in or timeouts of the selected profile</source>
        <translation>Изменить адрес, данные для входа или время ожидания выбранного профиля</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Remove the selected profile and its stored password</source>
        <translation>Удалить выбранный профиль и его сохранённый пароль</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Sign in once to check that the selected profile works</source>
        <translation>Выполнить вход один раз, чтобы проверить, работает ли выбранный профиль</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Demo profiles cannot be changed.</source>
        <translation>Демо-профили нельзя изменить.</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Изменить выбранный профиль</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Удалить выбранный профиль</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Remove the profile &apos;%1&apos;?</source>
        <translation>Удалить профиль «%1»?</translation>
    </message>
    <message>
        <source>Its password or API key is removed from the system keychain too. Your shop and its orders are not affected.</source>
        <translation>Его пароль или ключ API тоже будет удалён из системного хранилища паролей. Ваш магазин и его заказы это не затронет.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was removed, but its password could not be removed from the keychain: %2</source>
        <translation>Профиль «%1» удалён, но его пароль не удалось удалить из хранилища паролей: %2</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was removed.</source>
        <translation>Профиль «%1» удалён.</translation>
    </message>
    <message>
        <source>Testing the connection to &apos;%1&apos;…</source>
        <translation>Проверка подключения к «%1»…</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; works. %2</source>
        <translation>Подключение к «%1» работает. %2</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; does not work. %2</source>
        <translation>Подключение к «%1» не работает. %2</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; was not tested. %2</source>
        <translation>Подключение к «%1» не проверено. %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Key in a named header</source>
        <translation>Ключ в заголовке с заданным именем</translation>
    </message>
    <message>
        <source>Edit profile &apos;%1&apos;</source>
        <translation>Изменение профиля «%1»</translation>
    </message>
    <message>
        <source>Another profile is already called &apos;%1&apos;. Choose another name.</source>
        <translation>Другой профиль уже называется «%1». Выберите другое имя.</translation>
    </message>
    <message>
        <source>Enter the password or API key your provider gave you.</source>
        <translation>Введите пароль или ключ API, полученный от поставщика.</translation>
    </message>
    <message>
        <source>How the service sends its data. Leave JSON unless your provider says otherwise.</source>
        <translation>В каком виде сервис передаёт данные. Оставьте JSON, если поставщик не указал иное.</translation>
    </message>
    <message>
        <source>%1 always sends JSON.</source>
        <translation>%1 всегда передаёт данные в JSON.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor не поддерживает работу с этим сервисом.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Подключение работает.</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Подключение работает. %1</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Проверка подключения не удалась.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>The password or API key could not be saved, so the profile was not saved either: %1</source>
        <translation>Не удалось сохранить пароль или ключ API, поэтому профиль тоже не сохранён: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The trusted certificate must be given as its SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>Доверенный сертификат нужно указать в виде отпечатка SHA-256: 64 шестнадцатеричные цифры, двоеточия допускаются.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Код статуса</translation>
    </message>
    <message>
        <source>Remove the selected status names</source>
        <translation>Удалить выбранные названия статусов</translation>
    </message>
    <message>
        <source>PUT (default)</source>
        <translation>PUT (по умолчанию)</translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation>PATCH</translation>
    </message>
    <message>
        <source>Row %1: enter the status code, a whole number such as 61.</source>
        <translation>Строка %1: введите код статуса — целое число, например 61.</translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is not a status code. Status codes are whole numbers, such as 61.</source>
        <translation>Строка %1: «%2» — не код статуса. Коды статусов — целые числа, например 61.</translation>
    </message>
    <message>
        <source>The status code %1 is named twice. Give each code one name.</source>
        <translation>Код статуса %1 указан дважды. Задайте для каждого кода одно название.</translation>
    </message>
    <message>
        <source>Row %1: give the status code %2 a name.</source>
        <translation>Строка %1: задайте название для кода статуса %2.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Токен Bearer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Hide the password or key</source>
        <translation>Скрыть пароль или ключ</translation>
    </message>
    <message>
        <source>Show the password or key</source>
        <translation>Показать пароль или ключ</translation>
    </message>
    <message>
        <source>Use the application&apos;s setting</source>
        <translation>Как в настройках программы</translation>
    </message>
    <message>
        <source>No proxy (connect directly)</source>
        <translation>Без прокси (напрямую)</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Прокси вручную</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileHints</name>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без авторизации</translation>
    </message>
    <message>
        <source>The service&apos;s own sign-in</source>
        <translation>Вход самого сервиса</translation>
    </message>
    <message>
        <source>Recommended for %1: HTTP Basic.</source>
        <translation>Рекомендуется для %1: HTTP Basic.</translation>
    </message>
    <message>
        <source>Recommended for %1: the service&apos;s own sign-in.</source>
        <translation>Рекомендуется для %1: вход самого сервиса.</translation>
    </message>
    <message>
        <source>Printlounge gives each shop an API user and an API key; your shop&apos;s administrator or your Printlounge contact has them. After several wrong keys Printlounge locks access for 15 minutes.</source>
        <translation>Printlounge выдаёт каждому магазину API-пользователя и API-ключ; они есть у администратора вашего магазина или у вашего контакта в Printlounge. После нескольких неверных ключей Printlounge закрывает доступ на 15 минут.</translation>
    </message>
    <message>
        <source>Use the API user and API password OmniSeller set up for your shop, not your own login. Your OmniSeller contact has them.</source>
        <translation>Используйте API-пользователя и API-пароль, которые OmniSeller создал для вашего магазина, а не свой личный вход. Они есть у вашего контакта в OmniSeller.</translation>
    </message>
    <message>
        <source>The API key is in your VirtualPOS account. Ask whoever manages that account if you cannot find it.</source>
        <translation>API-ключ находится в вашей учётной записи VirtualPOS. Если не можете его найти, спросите того, кто ведёт эту учётную запись.</translation>
    </message>
    <message>
        <source>The API key comes with your Webshippy account. Ask Webshippy&apos;s support if you do not have one.</source>
        <translation>API-ключ выдаётся вместе с учётной записью Webshippy. Если его нет, обратитесь в поддержку Webshippy.</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>То&amp;кен:</translation>
    </message>
    <message>
        <source>Heade&amp;r value:</source>
        <translation>Значение заго&amp;ловка:</translation>
    </message>
    <message>
        <source>API passwo&amp;rd:</source>
        <translation>Паро&amp;ль API:</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileItemDelegate</name>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileListModel</name>
    <message>
        <source>%1: a demo profile connected to Kontor&apos;s built-in simulator</source>
        <translation>%1: демо-профиль, подключённый к встроенному симулятору Kontor</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 по адресу %2</translation>
    </message>
    <message>
        <source>%1, %2, demo</source>
        <translation>%1, %2, демо</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The last call failed: %1</source>
        <translation>Последний запрос не удался: %1</translation>
    </message>
    <message>
        <source>%1 · %2 orders</source>
        <translation>%1 · заказов: %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RecordForm</name>
    <message>
        <source>Please correct the field marked in red; nothing was sent.</source>
        <translation>Исправьте поле, отмеченное красным; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Please correct the %1 fields marked in red; nothing was sent.</source>
        <translation>Исправьте поля, отмеченные красным (%1); ничего не отправлено.</translation>
    </message>
    <message>
        <source>Nothing you typed was lost; correct it if needed and save again.</source>
        <translation>Ничего из введённого не потеряно; при необходимости исправьте и сохраните снова.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This form has changes that were not sent. Close it and discard them?</source>
        <translation>В форме есть неотправленные изменения. Закрыть её и отменить их?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RecordsView</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load again from the service (F5)</source>
        <translation>Загрузить заново из сервиса (F5)</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Профиль не выбран</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Выберите профиль слева.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the service.</source>
        <translation>При обмене данными с сервисом что-то пошло не так.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Проверить сертификат…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays in the list</source>
        <translation>Остановить загрузку; то, что уже пришло, останется в списке</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Сохранить показанные строки в файл CSV для электронной таблицы (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation>Строк сохранено: %1, файл %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Не удалось записать файл %1: %2</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Показываемые столбцы</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Показать все столбцы</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RequestInspector</name>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>Запросов: %1</translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 из %2 запросов</translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>Сохранить запросы</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Не удалось сохранить %1.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Повторы</translation>
    </message>
</context>
<context>
    <name>kontor::gui::SettingsDialog</name>
    <message>
        <source>Clear local data</source>
        <translation>Удаление локальных данных</translation>
    </message>
    <message>
        <source>Tick what to remove from this computer. This cannot be undone.</source>
        <translation>Отметьте, что удалить с этого компьютера. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Where Kontor keeps its data</source>
        <translation>Где Kontor хранит данные</translation>
    </message>
    <message>
        <source>Upload journal (unfinished uploads can no longer be resumed)</source>
        <translation>Журнал загрузок (незавершённые загрузки нельзя будет продолжить)</translation>
    </message>
    <message>
        <source>History of changes sent to the shops</source>
        <translation>История изменений, отправленных в магазины</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Файлы журналов</translation>
    </message>
    <message>
        <source>Window layout and column settings</source>
        <translation>Расположение окон и столбцов</translation>
    </message>
    <message>
        <source>Saved profiles and their passwords and keys in the keychain</source>
        <translation>Сохранённые профили и их пароли и ключи в связке ключей</translation>
    </message>
    <message>
        <source>The new folder is used from the next start. Kontor does not move the files; move them yourself while Kontor is closed.</source>
        <translation>Новая папка используется со следующего запуска. Kontor не переносит файлы; перенесите их сами, закрыв Kontor.</translation>
    </message>
    <message>
        <source>KONTOR_DATA_DIR is set and decides the folder while it is set.</source>
        <translation>Задана KONTOR_DATA_DIR: пока она задана, папку определяет она.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Не удалось сохранить настройки в %1.</translation>
    </message>
    <message>
        <source>An invoice upload is running. Clear local data once it has finished.</source>
        <translation>Идёт загрузка счетов. Удалите локальные данные после её завершения.</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Удаление…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s).</source>
        <translation>
            <numerusform>Удалён %n файл.</numerusform>
            <numerusform>Удалено %n файла.</numerusform>
            <numerusform>Удалено %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n profile(s) and their secrets.</source>
        <translation>
            <numerusform>Удалён %n профиль и его секрет.</numerusform>
            <numerusform>Удалено %n профиля и их секреты.</numerusform>
            <numerusform>Удалено %n профилей и их секреты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be removed; see the log.</source>
        <translation>
            <numerusform>Не удалось удалить %n файл; см. журнал.</numerusform>
            <numerusform>Не удалось удалить %n файла; см. журнал.</numerusform>
            <numerusform>Не удалось удалить %n файлов; см. журнал.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>kontor::gui::StatusChangeDialog</name>
    <message>
        <source>Change order status — %1</source>
        <translation>Смена статуса заказа — %1</translation>
    </message>
    <message>
        <source>Order %1 of &apos;%2&apos; gets a new status.</source>
        <translation>Заказ %1 из «%2» получит новый статус.</translation>
    </message>
    <message>
        <source>These %1 orders of &apos;%2&apos; get a new status.</source>
        <translation>Эти заказы из «%2» получат новый статус (всего: %1).</translation>
    </message>
    <message>
        <source>A status name or its number, e.g. 62</source>
        <translation>Название статуса или его номер, например 62</translation>
    </message>
    <message>
        <source>This profile has no status names yet: type the shop&apos;s status number. Names can be given in the profile&apos;s settings.</source>
        <translation>У этого профиля пока нет названий статусов: введите номер статуса, принятый в магазине. Названия можно задать в настройках профиля.</translation>
    </message>
    <message>
        <source>Choose a status, or type the shop&apos;s status number.</source>
        <translation>Выберите статус или введите номер статуса, принятый в магазине.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>Orders to change</source>
        <translation>Изменяемые заказы</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of this shop. Type its number, e.g. 62.</source>
        <translation>«%1» — не статус этого магазина. Введите его номер, например 62.</translation>
    </message>
    <message>
        <source>Change order %1 to %2</source>
        <translation>Изменить статус заказа %1 на %2</translation>
    </message>
    <message>
        <source>Change %1 orders to %2</source>
        <translation>Изменить статус на %2 (заказов: %1)</translation>
    </message>
    <message>
        <source>Every change is recorded in the history.</source>
        <translation>Каждое изменение записывается в историю.</translation>
    </message>
    <message>
        <source>The profile was closed; nothing was changed.</source>
        <translation>Профиль закрыт; ничего не изменено.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Changing the status to %1…</source>
        <translation>Изменение статуса на %1…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <source>Changed to %1</source>
        <translation>Изменено на %1</translation>
    </message>
    <message>
        <source>Refused by the shop: %1</source>
        <translation>Отклонено магазином: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The order has its new status.</source>
        <translation>Заказу присвоен новый статус.</translation>
    </message>
    <message>
        <source>All %1 orders have their new status.</source>
        <translation>Новый статус присвоен всем заказам (%1).</translation>
    </message>
    <message>
        <source>Changed: %1. Not changed: %2 (the reason is on each order&apos;s line).</source>
        <translation>Изменено: %1. Не изменено: %2 (причина указана в строке каждого заказа).</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Применить фильтры</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Счёт выставлен</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Счёт не выставлен</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>an invoice&apos;s state</comment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Only the transactions whose invoice is in this state</source>
        <translation>Только транзакции, счёт которых в этом состоянии</translation>
    </message>
    <message>
        <source>Only the transactions on or after this day</source>
        <translation>Только транзакции с этого дня</translation>
    </message>
    <message>
        <source>Only the transactions on or before this day</source>
        <translation>Только транзакции по этот день</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Only the transactions in which you are the supplier, or the retailer</source>
        <translation>Только транзакции, в которых вы поставщик или продавец</translation>
    </message>
    <message>
        <source>Load the transactions again, only those the marketplace finds with these filters</source>
        <translation>Загрузить транзакции заново, только те, что маркетплейс находит по этим фильтрам</translation>
    </message>
    <message>
        <source>Load every transaction again, without filters</source>
        <translation>Загрузить все транзакции заново, без фильтров</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>С&amp;чёт:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>invoice: %1</source>
        <translation>счёт: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>your role: %1</source>
        <translation>ваша роль: %1</translation>
    </message>
    <message>
        <source>The “from” day is after the “to” day: no transaction can match. Change one of them.</source>
        <translation>День «с» позже дня «по»: ни одна транзакция не подойдёт. Измените одну из дат.</translation>
    </message>
    <message>
        <source>&amp;Your role:</source>
        <translation>Ваша ро&amp;ль:</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionsTableModel</name>
    <message>
        <source>Invoiced</source>
        <translation>Счёт выставлен</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Счёт не выставлен</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>an invoice&apos;s state</comment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>%1 products: %2</source>
        <translation>Товары (%1): %2</translation>
    </message>
    <message>
        <source>Transferred on %1</source>
        <translation>Перечислено %1</translation>
    </message>
    <message>
        <source>The marketplace could not accept the invoice of this transaction; it can be uploaded again.</source>
        <translation>Маркетплейс не смог принять счёт по этой транзакции; его можно загрузить ещё раз.</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID платежа</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер счёта</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionsView</name>
    <message>
        <source>Loading transactions…</source>
        <translation>Загрузка транзакций…</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>Транзакций нет</translation>
    </message>
    <message>
        <source>The transactions could not be loaded</source>
        <translation>Не удалось загрузить транзакции</translation>
    </message>
    <message>
        <source>The transactions could not be loaded.</source>
        <translation>Не удалось загрузить транзакции.</translation>
    </message>
    <message>
        <source>Search transactions…</source>
        <translation>Поиск транзакций…</translation>
    </message>
    <message>
        <source>Show only the loaded transactions whose id, supplier, retailer, product names, payment id or invoice number contain this text</source>
        <translation>Показывать только загруженные транзакции, у которых ID, поставщик, продавец, названия товаров, ID платежа или номер счёта содержат этот текст</translation>
    </message>
    <message>
        <source>Load more transactions</source>
        <translation>Загрузить ещё транзакции</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Транзакции</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>tranzakcii</translation>
    </message>
    <message>
        <source>%1 — Transactions</source>
        <translation>%1 — Транзакции</translation>
    </message>
    <message>
        <source>Loading transactions from &apos;%1&apos;…</source>
        <translation>Загрузка транзакций из «%1»…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no transactions that match the filters (%2). Clear the filters to see every transaction.</source>
        <translation>В «%1» нет транзакций, подходящих под фильтры (%2). Сбросьте фильтры, чтобы увидеть все транзакции.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no marketplace transactions yet.</source>
        <translation>В «%1» пока нет транзакций маркетплейса.</translation>
    </message>
    <message>
        <source>Transactions shown: %1</source>
        <translation>Показано транзакций: %1</translation>
    </message>
    <message>
        <source>Transactions matching the search: %1 of %2</source>
        <translation>Транзакции по запросу: %1 из %2</translation>
    </message>
    <message>
        <source>Marketplace transactions are listed for Webshippy profiles only.</source>
        <translation>Транзакции маркетплейса показываются только для профилей Webshippy.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UploadTexts</name>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>осталось меньше минуты</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>осталось около %1 мин</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>осталось около %1 ч %2 мин</translation>
    </message>
    <message>
        <source>Files: %1 — ready: %2, with problems: %3</source>
        <translation>Файлов: %1 — готовы: %2, с проблемами: %3</translation>
    </message>
    <message>
        <source>Files: %1 — in the upload: %2, not sent because of problems: %3</source>
        <translation>Файлов: %1 — в загрузке: %2, не отправлено из-за проблем: %3</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>файлов: %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибок: %1</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>заняло %1 с</translation>
    </message>
    <message>
        <source>took %1 min %2 s</source>
        <translation>заняло %1 мин %2 с</translation>
    </message>
    <message>
        <source>Upload stopped: %1 stored, %2 already there, %3 failed, %4 not sent yet. It can be resumed.</source>
        <translation>Загрузка остановлена: сохранено %1, уже были %2, ошибок %3, ещё не отправлено %4. Её можно продолжить.</translation>
    </message>
    <message>
        <source>Upload ended: %1 stored, %2 already there, %3 failed; the shop has not confirmed %4 yet. Resume to ask it again.</source>
        <translation>Загрузка завершена: сохранено %1, уже были %2, ошибок %3; магазин ещё не подтвердил %4. Продолжите, чтобы спросить его снова.</translation>
    </message>
    <message>
        <source>Upload finished: %1 stored, %2 already there, %3 failed.</source>
        <translation>Загрузка завершена: сохранено %1, уже были %2, ошибок %3.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UploadWindow</name>
    <message>
        <source>Upload invoices — %1</source>
        <translation>Загрузка счетов — %1</translation>
    </message>
    <message>
        <source>Give that upload up: Kontor will not offer it again</source>
        <translation>Отказаться от этой загрузки: Kontor больше не будет её предлагать</translation>
    </message>
    <message>
        <source>The shop&apos;s transactions could not be read, so the files cannot be matched yet. %1</source>
        <translation>Не удалось прочитать транзакции магазина, поэтому файлы пока нельзя сопоставить. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>This service has no marketplace transactions.</source>
        <translation>У этого сервиса нет транзакций маркетплейса.</translation>
    </message>
    <message>
        <source>The map %1 cannot be used: %2</source>
        <translation>Таблицу соответствий %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>Map: %1, lines: %2</source>
        <translation>Таблица соответствий: %1, строк: %2</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Файлы проверяются…</translation>
    </message>
    <message>
        <source>Reading the shop&apos;s transactions…</source>
        <translation>Чтение транзакций магазина…</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>Чтение таблицы соответствий…</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Файлов пока нет.</translation>
    </message>
    <message>
        <source>Add invoice files</source>
        <translation>Добавить файлы счетов</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add a folder of invoices</source>
        <translation>Добавить папку со счетами</translation>
    </message>
    <message>
        <source>Use a map of files to transactions</source>
        <translation>Таблица соответствия файлов и транзакций</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>invoice-upload</source>
        <translation>zagruzka-schetov</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Не удалось сохранить отчёт в %1: %2</translation>
    </message>
    <message>
        <source>Kontor could not read its record of earlier uploads: %1</source>
        <translation>Kontor не смог прочитать журнал прежних загрузок: %1</translation>
    </message>
    <message>
        <source>An earlier upload did not finish: %1 of %2 invoices sent.</source>
        <translation>Прежняя загрузка не завершилась: отправлено счетов %1 из %2.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>No API key is stored for &apos;%1&apos;. Edit the profile to enter it.</source>
        <translation>Для «%1» не сохранён ключ API. Измените профиль, чтобы ввести его.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Продолжение…</translation>
    </message>
    <message>
        <source>The unfinished upload could not be discarded: %1</source>
        <translation>Не удалось отказаться от незавершённой загрузки: %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>The upload stopped: %1 Nothing is lost; it can be resumed.</source>
        <translation>Загрузка остановилась: %1 Ничего не потеряно; её можно продолжить.</translation>
    </message>
    <message>
        <source>Invoice upload for &apos;%1&apos;</source>
        <translation>Загрузка счетов для «%1»</translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation>Остановить загрузку?</translation>
    </message>
    <message>
        <source>Stop the upload? It can be resumed later.</source>
        <translation>Остановить загрузку? Её можно будет продолжить позже.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Остановить и закрыть</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>Продолжить загрузку</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1). Check that it still exists and that you may read it, or choose another map</source>
        <translation>файл не открывается (%1). Проверьте, что он существует и доступен для чтения, или выберите другую таблицу соответствий</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>От&amp;казаться</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>П&amp;риостановить</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UserGuideDialog</name>
    <message>
        <source>Kontor user guide</source>
        <translation>Руководство пользователя Kontor</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>В этой установке нет руководства пользователя.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::WritePreviewDialog</name>
    <message>
        <source>Fields to send</source>
        <translation>Поля для отправки</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Станет</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
</context>
<context>
    <name>kontor::net::HttpCall</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. It should look like https://shop.example.com.</source>
        <translation>Адрес «%1» не является правильным веб-адресом. Он должен выглядеть примерно так: https://shop.example.com.</translation>
    </message>
    <message>
        <source>Kontor does not send passwords or data over plain http:// to %1. Use an https:// address, or allow insecure http in the profile if this server has no other way.</source>
        <translation>Kontor не отправляет пароли и данные на %1 по незашифрованному http://. Используйте адрес https:// или разрешите небезопасный http в профиле, если этот сервер иначе не умеет.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. The service may be overloaded; try again later.</source>
        <translation>%1 не ответил за отведённое время (%2 с). Возможно, сервис перегружен; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than Kontor accepts (%2 MB). Narrow the request, for example with a smaller page or a filter.</source>
        <translation>Ответ от %1 больше, чем допускает Kontor (%2 МБ). Сузьте запрос, например уменьшите размер страницы или задайте фильтр.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection, or try again later.</source>
        <translation>%1 не ответил вовремя. Проверьте сетевое подключение или повторите попытку позже.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Kontor does not connect to a server whose certificate it cannot check; ask the shop&apos;s administrator.</source>
        <translation>Не удалось проверить защищённое соединение с %1 (%2). Kontor не подключается к серверу, сертификат которого не может проверить; обратитесь к администратору магазина.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port in the profile, or whether the service is running.</source>
        <translation>%1 отклонил подключение. Проверьте адрес и порт в профиле, а также работает ли сервис.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address in the profile and your internet connection.</source>
        <translation>Сервер %1 не найден. Проверьте адрес в профиле и подключение к интернету.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete. Check your network connection; if it keeps happening, the service may be having trouble.</source>
        <translation>Соединение с %1 прервалось до получения полного ответа. Проверьте сетевое подключение; если это повторяется, возможно, у сервиса проблемы.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2). Check the user name and password or API key in the profile.</source>
        <translation>%1 отклонил вход (HTTP %2). Проверьте имя пользователя и пароль или ключ API в профиле.</translation>
    </message>
    <message>
        <source>%1 does not know the requested address or record (HTTP 404). Check the address in the profile.</source>
        <translation>На %1 нет запрошенного адреса или записи (HTTP 404). Проверьте адрес в профиле.</translation>
    </message>
    <message>
        <source>%1 refused the request because it is too large (HTTP 413). Send fewer items at once.</source>
        <translation>%1 отклонил запрос, потому что он слишком большой (HTTP 413). Отправляйте меньше элементов за раз.</translation>
    </message>
    <message>
        <source>%1 is having trouble right now (HTTP %2). Try again in a few minutes.</source>
        <translation>У %1 сейчас неполадки (HTTP %2). Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected status (HTTP %2).</source>
        <translation>%1 ответил с неожиданным статусом (HTTP %2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation>Не удалось подключиться к %1 (%2).</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to a website rather than its interface.</source>
        <translation>%1 вернул веб-страницу вместо данных. Возможно, на сервисе идут технические работы или адрес в профиле указывает на сайт, а не на API.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>No password or API key is stored for this profile, so Kontor sent nothing to %1. Enter it in the profile.</source>
        <translation>Для этого профиля не сохранён ни пароль, ни ключ API, поэтому Kontor ничего не отправил на %1. Введите его в профиле.</translation>
    </message>
    <message>
        <source>%1 asked Kontor to continue over unencrypted http (%2). Kontor never sends passwords or data that way, so it stopped. Ask the shop&apos;s administrator.</source>
        <translation>%1 предложил Kontor продолжить по незашифрованному http (%2). Kontor никогда не передаёт так пароли и данные, поэтому запрос остановлен. Обратитесь к администратору магазина.</translation>
    </message>
    <message>
        <source>%1 sent Kontor on to another server, %2. Kontor sends passwords and data only to the address in the profile, so it did not follow. If the shop has moved, change the address in the profile.</source>
        <translation>%1 перенаправил Kontor на другой сервер: %2. Kontor отправляет пароли и данные только по адресу из профиля, поэтому не выполнил перенаправление. Если магазин переехал, измените адрес в профиле.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one trusted for this profile, and it cannot be verified either (%2). Kontor did not connect.</source>
        <translation>Сертификат %1 не совпадает с доверенным сертификатом этого профиля и к тому же не может быть проверен (%2). Kontor не стал подключаться.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be verified (%2), so Kontor did not connect.</source>
        <translation>Сертификат %1 не удаётся проверить (%2), поэтому Kontor не стал подключаться.</translation>
    </message>
    <message>
        <source>It was issued to &quot;%1&quot; by &quot;%2&quot;, valid from %3 to %4; its SHA-256 fingerprint is %5. If the shop&apos;s administrator confirms this fingerprint, trust the certificate for this profile.</source>
        <translation>Он выдан для «%1» издателем «%2», действителен с %3 по %4; его отпечаток SHA-256: %5. Если администратор магазина подтвердит этот отпечаток, сделайте этот сертификат доверенным для этого профиля.</translation>
    </message>
    <message>
        <source>Kontor could not get through the proxy server to %1 (%2). Check the proxy in Settings, or in the profile&apos;s Advanced section.</source>
        <translation>Kontor не смог пройти через прокси-сервер к %1 (%2). Проверьте прокси в настройках или в разделе «Дополнительно» профиля.</translation>
    </message>
    <message>
        <source>The proxy server refused Kontor&apos;s sign-in, so nothing reached %1. Check the proxy&apos;s user name and password in Settings.</source>
        <translation>Прокси-сервер отклонил вход Kontor, поэтому до %1 ничего не дошло. Проверьте имя пользователя и пароль прокси в настройках.</translation>
    </message>
</context>
<context>
    <name>kontor::net::HttpClient</name>
    <message>
        <source>The service</source>
        <translation>Сервис</translation>
    </message>
</context>
<context>
    <name>kontor::net::ProxyConfig</name>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Введите имя или адрес прокси.</translation>
    </message>
    <message>
        <source>This is not a host name or address (no spaces, slashes or @).</source>
        <translation>Это не имя и не адрес хоста (без пробелов, косых черт и @).</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Порт — число от 1 до 65535.</translation>
    </message>
</context>
<context>
    <name>kontor::net::RequestFormat</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>No content</source>
        <translation>Нет содержимого</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Неверный запрос</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Запрещено</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Время истекло</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Слишком большой</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>отправлено %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>получено %1</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>попыток: %1</translation>
    </message>
    <message>
        <source>(%1 bytes in all)</source>
        <translation>(всего %1 байт)</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>The request body (%1 bytes) is not included.</source>
        <translation>Тело запроса (%1 байт) не включено.</translation>
    </message>
</context>
<context>
    <name>kontor::sandbox::Sandbox</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for %2: %3</source>
        <translation>Не удалось начать прослушивание 127.0.0.1:%1 для %2: %3</translation>
    </message>
    <message>
        <source>Could not make the TLS certificate: %1</source>
        <translation>Не удалось создать сертификат TLS: %1</translation>
    </message>
</context>
<context>
    <name>kontor::upload::InvoiceMatcher</name>
    <message>
        <source>Line %1 of the map is not &quot;transactionId,file&quot; or &quot;transactionId,file,invoiceSerialNumber&quot;.</source>
        <translation>Строка %1 таблицы соответствий не имеет вида «transactionId,file» или «transactionId,file,invoiceSerialNumber».</translation>
    </message>
    <message>
        <source>No transaction of the shop is named in &quot;%1&quot;: choose one, or add the file to a map.</source>
        <translation>В «%1» не указана ни одна транзакция магазина: выберите её или добавьте файл в таблицу соответствий.</translation>
    </message>
    <message>
        <source>The shop lists no transaction %1.</source>
        <translation>В магазине нет транзакции %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one transaction: choose the right one.</source>
        <translation>«%1» указывает больше одной транзакции: выберите нужную.</translation>
    </message>
    <message>
        <source>Two files for transaction %1: %2. Each transaction takes one invoice.</source>
        <translation>Несколько файлов для транзакции %1: %2. К каждой транзакции — один счёт.</translation>
    </message>
    <message>
        <source>Transaction %1 has its invoice already.</source>
        <translation>У транзакции %1 уже есть счёт.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file (its content does not begin like one).</source>
        <translation>«%1» — не PDF-файл (его содержимое начинается не так, как у PDF).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>«%1» пуст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, more than an invoice may be.</source>
        <translation>«%1» занимает %2 — больше, чем допустимо для счёта.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::InvoiceRequestBody</name>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать файл %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being uploaded; it will be read again.</source>
        <translation>Файл %1 изменился во время загрузки; он будет прочитан заново.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::UploadConnection</name>
    <message>
        <source>%1 sent an answer Kontor cannot read.</source>
        <translation>%1 прислал ответ, который Kontor не может прочитать.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than Kontor accepts (%2 MB).</source>
        <translation>Ответ от %1 больше, чем принимает Kontor (%2 МБ).</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>Ответ от %1 оборвался.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Соединение с %1 потеряно.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Kontor does not send invoices to a server whose certificate it cannot check.</source>
        <translation>Не удалось проверить защищённое соединение с %1 (%2). Kontor не отправляет счета серверу, сертификат которого не может проверить.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 отклонил соединение.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Сервер %1 не найден.</translation>
    </message>
    <message>
        <source>Kontor could not connect to %1 (%2).</source>
        <translation>Kontor не смог подключиться к %1 (%2).</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 перестал отвечать.</translation>
    </message>
    <message>
        <source>%1 could not be reached in time.</source>
        <translation>%1 не удалось вовремя достичь.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::UploadEngine</name>
    <message>
        <source>Webshippy</source>
        <translation>Webshippy</translation>
    </message>
    <message>
        <source>No invoice is ready to upload.</source>
        <translation>Нет счетов, готовых к загрузке.</translation>
    </message>
    <message>
        <source>Webshippy refuses an invoice this large (%1 refused the request as too large).</source>
        <translation>Webshippy не принимает такой большой счёт (%1 отклонил запрос как слишком большой).</translation>
    </message>
    <message>
        <source>%1 is busy or down for maintenance (HTTP %2).</source>
        <translation>%1 перегружен или на обслуживании (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent the upload to another address. Kontor sends invoices only to the address in the profile, so it stopped. Check the address in the profile.</source>
        <translation>%1 перенаправил загрузку на другой адрес. Kontor отправляет счета только по адресу из профиля, поэтому остановился. Проверьте адрес в профиле.</translation>
    </message>
    <message>
        <source>%1 has no invoice upload at the address in the profile (HTTP 404). Check the address in the profile.</source>
        <translation>По адресу из профиля у %1 нет загрузки счетов (HTTP 404). Проверьте адрес в профиле.</translation>
    </message>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>Webshippy не принял API-ключ. Проверьте его в профиле.</translation>
    </message>
    <message>
        <source>%1 refused the upload (HTTP %2).</source>
        <translation>%1 отклонил загрузку (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>У %1 возникла проблема (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data (maintenance?).</source>
        <translation>%1 ответил веб-страницей вместо данных (обслуживание?).</translation>
    </message>
    <message>
        <source>Not uploaded after %1 attempts: %2</source>
        <translation>Не загружено после %1 попыток: %2</translation>
    </message>
    <message>
        <source>Webshippy no longer lists transaction %1.</source>
        <translation>В Webshippy больше нет транзакции %1.</translation>
    </message>
    <message>
        <source>Confirmed by reading the transaction after the answer was lost.</source>
        <translation>Подтверждено чтением транзакции после потери ответа.</translation>
    </message>
    <message>
        <source>Webshippy has another invoice (%1) for this transaction.</source>
        <translation>В Webshippy для этой транзакции уже другой счёт (%1).</translation>
    </message>
</context>
<context>
    <name>kontor::upload::UploadJournal</name>
    <message>
        <source>The upload journal %1 could not be written or read. Check that the disk is not full and the folder can be written to.</source>
        <translation>Не удалось записать или прочитать журнал загрузок %1. Проверьте, что диск не заполнен и в папку можно писать.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor: a back office for shops on several web services.</source>
        <translation>Kontor: бэк-офис для магазинов, работающих с несколькими веб-сервисами.</translation>
    </message>
    <message>
        <source>Add demo profiles connected to a built-in simulator of the services.</source>
        <translation>Добавить демо-профили, подключённые к встроенному симулятору сервисов.</translation>
    </message>
    <message>
        <source>Keep profiles and settings in &lt;dir&gt; instead of the usual place.</source>
        <translation>Хранить профили и настройки в каталоге &lt;каталог&gt;, а не в обычном месте.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>каталог</translation>
    </message>
    <message>
        <source>Your profiles could not be read. %1</source>
        <translation>Не удалось прочитать ваши профили. %1</translation>
    </message>
    <message>
        <source>Show the versions and licences.</source>
        <translation>Показать версии и лицензии.</translation>
    </message>
</context>
</TS>
