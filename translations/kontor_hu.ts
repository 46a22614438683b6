<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kontor</source>
        <translation>A Kontor névjegye</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Alkalmazás neve</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzió</translation>
    </message>
    <message>
        <source>A back office for shops on several web services: OmniSeller HTK, Printlounge, VirtualPOS and Webshippy. One profile per service; passwords stay in your system keychain.</source>
        <translation>Ügyviteli program több webes szolgáltatást használó webáruházaknak: OmniSeller HTK, Printlounge, VirtualPOS és Webshippy. Szolgáltatásonként egy profil; a jelszavak a rendszer jelszótárolójában maradnak.</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Összetevők verziói</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licenc</translation>
    </message>
</context>
<context>
    <name>BundleForm</name>
    <message>
        <source>New bundle</source>
        <translation>Új csomag</translation>
    </message>
    <message>
        <source>Bundle &amp;SKU:</source>
        <translation>Csomag &amp;SKU:</translation>
    </message>
    <message>
        <source>The bundle&apos;s own SKU; no product or bundle in the shop may have it yet</source>
        <translation>A csomag saját SKU-ja; a boltban még egyetlen termék vagy csomag sem viselheti</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>Net &amp;price:</source>
        <translation>Nettó á&amp;r:</translation>
    </message>
    <message>
        <source>The bundle&apos;s net price, e.g. 5000 or 12.10; the decimals are sent exactly as typed</source>
        <translation>A csomag nettó ára, pl. 5000 vagy 12.10; a tizedesek pontosan a beírt módon kerülnek elküldésre</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>Á&amp;fa (%):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <source>&amp;Find a product (SKU or name):</source>
        <translation>Termék &amp;keresése (SKU vagy név):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hozzáadás</translation>
    </message>
    <message>
        <source>Puts the selected product into the bundle (or double-click it)</source>
        <translation>A kijelölt terméket a csomagba teszi (vagy kattintson rá duplán)</translation>
    </message>
    <message>
        <source>Products in the &amp;bundle:</source>
        <translation>Termékek a &amp;csomagban:</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Discount card</source>
        <translation>Kedvezménykártya</translation>
    </message>
    <message>
        <source>To create a card, fill in its number and details. To change or delete a card, fill in one key that finds it and only the fields to change; empty fields are not sent.</source>
        <translation>Új kártyához adja meg a számát és adatait. Kártya módosításához vagy törléséhez adjon meg egy kulcsot, amellyel megtalálható, és csak a módosítandó mezőket; az üres mezők nem kerülnek elküldésre.</translation>
    </message>
    <message>
        <source>Which card</source>
        <translation>Melyik kártya</translation>
    </message>
    <message>
        <source>Card &amp;ID:</source>
        <translation>Kártya&amp;azonosító:</translation>
    </message>
    <message>
        <source>The shop&apos;s id of the card</source>
        <translation>A kártya azonosítója a boltban</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>Kártya&amp;szám:</translation>
    </message>
    <message>
        <source>1 to 12 digits</source>
        <translation>1–12 számjegy</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>&amp;Külső azonosító:</translation>
    </message>
    <message>
        <source>The id in your other system</source>
        <translation>Az azonosító a másik rendszerében</translation>
    </message>
    <message>
        <source>Find by &amp;barcode:</source>
        <translation>Keresés &amp;vonalkóddal:</translation>
    </message>
    <message>
        <source>The 13 digits printed on the card</source>
        <translation>A kártyára nyomtatott 13 számjegy</translation>
    </message>
    <message>
        <source>Barcode made from the card number</source>
        <translation>A kártyaszámból képzett vonalkód</translation>
    </message>
    <message>
        <source>EAN-13:</source>
        <translation>EAN-13:</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Kártyaadatok</translation>
    </message>
    <message>
        <source>New barcode:</source>
        <translation>Új vonalkód:</translation>
    </message>
    <message>
        <source>13 digits (EAN-13)</source>
        <translation>13 számjegy (EAN-13)</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Hordozó:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Állapot:</translation>
    </message>
    <message>
        <source>&amp;Active from:</source>
        <translation>Aktív &amp;ettől:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÉÉÉÉ-HH-NN</translation>
    </message>
    <message>
        <source>B&amp;locked from:</source>
        <translation>&amp;Letiltva ettől:</translation>
    </message>
    <message>
        <source>Card &amp;type ID:</source>
        <translation>Ká&amp;rtyatípus azonosító:</translation>
    </message>
    <message>
        <source>Used when no type ID is given</source>
        <translation>Akkor számít, ha nincs típusazonosító</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID:</source>
        <translation>Ügyfélazonos&amp;ító:</translation>
    </message>
    <message>
        <source>Used when no customer ID is given</source>
        <translation>Akkor számít, ha nincs ügyfélazonosító</translation>
    </message>
    <message>
        <source>Create the card when no key finds it (Save changes only)</source>
        <translation>Kártya létrehozása, ha egyik kulcs sem találja (csak módosítások mentésekor)</translation>
    </message>
    <message>
        <source>&amp;Delete card…</source>
        <translation>Kártya &amp;törlése…</translation>
    </message>
    <message>
        <source>Create &amp;card</source>
        <translation>Kárt&amp;ya létrehozása</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Módosítások &amp;mentése</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Ca&amp;rd type name:</source>
        <translation>Kártyatípus &amp;neve:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;external ID:</source>
        <translation>Ügyfél k&amp;ülső azonosítója:</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Tanúsítvány</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Kiállítva a következőnek:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Kiállító:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Érvényes:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-ujjlenyomat:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-ujjlenyomat</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Észlelt problémák:</translation>
    </message>
    <message>
        <source>Trust this certificate only if the shop&apos;s administrator confirms its fingerprint, for example by phone. Kontor will then accept this one certificate for this profile and still check every other certificate in full.</source>
        <translation>Csak akkor bízzon meg ebben a tanúsítványban, ha a webáruház rendszergazdája megerősíti az ujjlenyomatát, például telefonon. A Kontor ezután ennél a profilnál ezt az egy tanúsítványt elfogadja, minden más tanúsítványt pedig továbbra is teljes körűen ellenőriz.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>Ügyfél&amp;azonosító:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Keres&amp;ztnév:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Középső név:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Vezetéknév:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Születési dátum:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Életkor:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Nem:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Cso&amp;port:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>K&amp;ülső azonosító:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <source>&amp;Create the customer if it does not exist</source>
        <translation>Ügyfél &amp;létrehozása, ha nem létezik</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Webshippy saves a product by its SKU: a new SKU creates the product, a known one changes it. Fields left empty are not sent, and Webshippy keeps what it has for them.</source>
        <translation>A Webshippy a terméket az SKU alapján menti: új SKU új terméket hoz létre, ismert SKU módosítja azt. Az üres mezők nem kerülnek elküldésre, ezeknél a Webshippy megtartja a meglévő értéket.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Azonosítás</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SK&amp;U:</translation>
    </message>
    <message>
        <source>The product&apos;s key in Webshippy: saving a SKU that exists changes that product.</source>
        <translation>A termék kulcsa a Webshippyben: egy létező SKU mentése azt a terméket módosítja.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Változat:</translation>
    </message>
    <message>
        <source>&amp;Reference ID:</source>
        <translation>Referen&amp;ciaazonosító:</translation>
    </message>
    <message>
        <source>Your own identifier of the product</source>
        <translation>A termék saját azonosítója</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>V&amp;onalkód:</translation>
    </message>
    <message>
        <source>Webshippy lets the barcode change only while it is empty or before goods were received for the product.</source>
        <translation>A Webshippy csak addig engedi módosítani a vonalkódot, amíg üres, vagy amíg nem volt áruátvétel a termékre.</translation>
    </message>
    <message>
        <source>Product t&amp;ype:</source>
        <translation>Termék&amp;fajta:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Leírás:</translation>
    </message>
    <message>
        <source>Pricing and VAT</source>
        <translation>Ár és áfa</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>Á&amp;r:</translation>
    </message>
    <message>
        <source>1200 or 12.10</source>
        <translation>1200 vagy 12.10</translation>
    </message>
    <message>
        <source>0.27 for 27%</source>
        <translation>0.27 a 27%-hoz</translation>
    </message>
    <message>
        <source>Webshippy writes the VAT as a fraction: 0.27 is 27%.</source>
        <translation>A Webshippy az áfát törtként írja: 0.27 = 27%.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Category &amp;code:</source>
        <translation>Kategória&amp;kód:</translation>
    </message>
    <message>
        <source>Webshippy takes a category as its code (main and sub category number) and shows it by name.</source>
        <translation>A Webshippy a kategóriát kódként fogadja (fő- és alkategória száma), és névvel jeleníti meg.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Képek</translation>
    </message>
    <message>
        <source>&amp;Image URLs:</source>
        <translation>Képek URL-&amp;jei:</translation>
    </message>
    <message>
        <source>One web address per line</source>
        <translation>Soronként egy webcím</translation>
    </message>
    <message>
        <source>Logistics and ADR</source>
        <translation>Logisztika és ADR</translation>
    </message>
    <message>
        <source>&amp;Low stock at:</source>
        <translation>Alacsony készlet &amp;ennél:</translation>
    </message>
    <message>
        <source>Webshippy warns when the stock falls to this quantity.</source>
        <translation>A Webshippy figyelmeztet, ha a készlet erre a mennyiségre csökken.</translation>
    </message>
    <message>
        <source>&amp;Keep quantity:</source>
        <translation>Tartan&amp;dó mennyiség:</translation>
    </message>
    <message>
        <source>D&amp;utiable:</source>
        <translation>Vámk&amp;öteles:</translation>
    </message>
    <message>
        <source>&amp;TARIC code:</source>
        <translation>&amp;TARIC-kód:</translation>
    </message>
    <message>
        <source>&amp;Fragile:</source>
        <translation>Tör&amp;ékeny:</translation>
    </message>
    <message>
        <source>C&amp;ooling:</source>
        <translation>&amp;Hűtés:</translation>
    </message>
    <message>
        <source>ADR &amp;quantity:</source>
        <translation>ADR-&amp;mennyiség:</translation>
    </message>
    <message>
        <source>Dropshipping</source>
        <translation>Dropshipping</translation>
    </message>
    <message>
        <source>&amp;Wholesale price:</source>
        <translation>Na&amp;gykereskedelmi ár:</translation>
    </message>
    <message>
        <source>Pro&amp;motion:</source>
        <translation>Akc&amp;ió:</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Termék törlése</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>T&amp;ípus:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>&amp;Áfa:</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <source>&amp;Has serial numbers:</source>
        <translation>&amp;Sorozatszámos:</translation>
    </message>
    <message>
        <source>Dangerous &amp;goods (ADR):</source>
        <translation>Ves&amp;zélyes áru (ADR):</translation>
    </message>
    <message>
        <source>&amp;ADR code:</source>
        <translation>ADR-k&amp;ód:</translation>
    </message>
    <message>
        <source>Wholesale VAT:</source>
        <translation>Nag&amp;yker. áfa:</translation>
    </message>
    <message>
        <source>Recommended price:</source>
        <translation>&amp;Ajánlott ár:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A profile tells Kontor where your shop service is and how to sign in. The password or API key is kept in your system keychain, never in a file.</source>
        <translation>A profil megmondja a Kontornak, hol található a webáruház szolgáltatása, és hogyan kell bejelentkezni. A jelszót vagy az API-kulcsot a rendszer jelszótárolója őrzi, soha nem egy fájl.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kapcsolat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnév</translation>
    </message>
    <message>
        <source>for example: My print shop</source>
        <translation>például: Nyomdám</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>A szolgáltatás címe</translation>
    </message>
    <message>
        <source>The address of your shop&apos;s service, as your provider gave it to you.</source>
        <translation>A webáruház szolgáltatásának címe, ahogyan a szolgáltatótól kapta.</translation>
    </message>
    <message>
        <source>https://shop.example.com/</source>
        <translation>https://shop.example.com/</translation>
    </message>
    <message>
        <source>Data &amp;format:</source>
        <translation>&amp;Adatformátum:</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>Adatformátum</translation>
    </message>
    <message>
        <source>How the service sends its data. Leave JSON unless your provider says otherwise.</source>
        <translation>Milyen formában küldi a szolgáltatás az adatokat. Hagyja JSON-on, hacsak a szolgáltató mást nem mond.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Bejelentkezési mó&amp;d:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Bejelentkezési mód</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>Fejléc ne&amp;ve:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Fejléc neve</translation>
    </message>
    <message>
        <source>X-Api-Key</source>
        <translation>X-Api-Key</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Felhasznál&amp;ó:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Felhasználónév</translation>
    </message>
    <message>
        <source>&amp;Password or API key:</source>
        <translation>&amp;Jelszó vagy API-kulcs:</translation>
    </message>
    <message>
        <source>Password or API key</source>
        <translation>Jelszó vagy API-kulcs</translation>
    </message>
    <message>
        <source>Allow plain http (insecure)</source>
        <translation>Titkosítatlan http engedélyezése (nem biztonságos)</translation>
    </message>
    <message>
        <source>With plain http, your password or API key and your orders travel unencrypted: anyone on the network can read them. Use this only for a test server on a network you trust.</source>
        <translation>Titkosítatlan http esetén a jelszó vagy az API-kulcs és a rendelések titkosítás nélkül haladnak át a hálózaton: bárki elolvashatja őket. Csak megbízható hálózaton lévő tesztszerverhez használja.</translation>
    </message>
    <message>
        <source>&amp;Connect within:</source>
        <translation>Kapcsolódási &amp;idő legfeljebb:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Kapcsolódási időkorlát másodpercben</translation>
    </message>
    <message>
        <source> s</source>
        <translation> mp</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Tétlenségi időkorlát másodpercben</translation>
    </message>
    <message>
        <source>How long Kontor waits when the service sends nothing at all.</source>
        <translation>Mennyi ideig várjon a Kontor, ha a szolgáltatás egyáltalán nem küld semmit.</translation>
    </message>
    <message>
        <source>&amp;Longest wait in total:</source>
        <translation>&amp;Leghosszabb teljes várakozás:</translation>
    </message>
    <message>
        <source>Total time limit in seconds</source>
        <translation>Teljes időkorlát másodpercben</translation>
    </message>
    <message>
        <source>The longest one request may take, retries included.</source>
        <translation>Egy kérés legfeljebb ennyi ideig tarthat, az újrapróbálkozásokkal együtt.</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>A profil hibái</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kapcsolat tesztelése</translation>
    </message>
    <message>
        <source>Sign in once with the values above, without saving them.</source>
        <translation>Egyszeri bejelentkezés a fenti adatokkal, mentés nélkül.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kapcsolat &amp;tesztelése</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>A kapcsolatteszt eredménye</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a trusted certificate</source>
        <translation>Megbízható tanúsítvány SHA-256-ujjlenyomata</translation>
    </message>
    <message>
        <source>Only for a shop whose certificate is issued by its own authority: the SHA-256 fingerprint of that one certificate, as the shop&apos;s administrator gives it. Every other certificate is still checked in full.</source>
        <translation>Csak olyan webáruházhoz, amelynek a tanúsítványát saját tanúsítványkiadó állította ki: ennek az egy tanúsítványnak az SHA-256-ujjlenyomata, ahogyan a webáruház rendszergazdája megadja. Minden más tanúsítványt a Kontor továbbra is teljes körűen ellenőriz.</translation>
    </message>
    <message>
        <source>none (every certificate is checked in full)</source>
        <translation>nincs (a Kontor minden tanúsítványt teljes körűen ellenőriz)</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Tanúsítvány ellenőrzése</translation>
    </message>
    <message>
        <source>See the certificate the server presented, and trust it for this profile if its fingerprint is right.</source>
        <translation>A szerver által bemutatott tanúsítvány megtekintése, és ha az ujjlenyomata helyes, elfogadása megbízhatóként ennél a profilnál.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Rendelésállapotok</translation>
    </message>
    <message>
        <source>Status nam&amp;es:</source>
        <translation>Állapotn&amp;evek:</translation>
    </message>
    <message>
        <source>Status names</source>
        <translation>Állapotnevek</translation>
    </message>
    <message>
        <source>The service gives order statuses as numbers. Name the ones your shop uses, and Kontor shows &quot;In Bearbeitung (61)&quot; instead of 61.</source>
        <translation>A szolgáltatás számokkal jelöli a rendelések állapotát. Nevezze el a webáruházában használt állapotokat, és a Kontor a 61 helyett ezt mutatja: „Feldolgozás alatt (61)”.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Állapotkód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Add a status name</source>
        <translation>Állapotnév hozzáadása</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hoz&amp;záadás</translation>
    </message>
    <message>
        <source>Remove the selected status names</source>
        <translation>A kijelölt állapotnevek eltávolítása</translation>
    </message>
    <message>
        <source>Problems with the status names</source>
        <translation>Az állapotnevek hibái</translation>
    </message>
    <message>
        <source>Change status &amp;with:</source>
        <translation>Állapotmódos&amp;ítás módja:</translation>
    </message>
    <message>
        <source>HTTP method for status changes</source>
        <translation>Az állapotmódosítás HTTP-metódusa</translation>
    </message>
    <message>
        <source>How Kontor sends a status change to the service. Leave PUT unless your provider says the service expects PATCH.</source>
        <translation>Milyen módon küldi el a Kontor az állapotmódosítást a szolgáltatásnak. Hagyja PUT-on, hacsak a szolgáltató nem mondja, hogy a szolgáltatás PATCH-et vár.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Speciális beállítások</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Speci&amp;ális</translation>
    </message>
    <message>
        <source>Data format, time limits, plain http, the trusted certificate and the proxy. Most shops need none of them.</source>
        <translation>Adatformátum, időkorlátok, titkosítatlan http, a megbízható tanúsítvány és a proxy. A legtöbb boltnak egyikre sincs szüksége.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy for this profile</source>
        <translation>A profil proxyja</translation>
    </message>
    <message>
        <source>Whether this profile&apos;s requests go through the proxy set in Settings, directly, or through a proxy of its own.</source>
        <translation>A profil kérései a Beállításokban megadott proxyn, közvetlenül vagy saját proxyn keresztül mennek-e.</translation>
    </message>
    <message>
        <source>Proxy t&amp;ype:</source>
        <translation>Prox&amp;y típusa:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy típusa</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy gépe</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy portja</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy felhasználóneve</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nem kötelező</translation>
    </message>
    <message>
        <source>A proxy that asks for a password is set in Settings, for all profiles.</source>
        <translation>A jelszót kérő proxyt a Beállításokban kell megadni, minden profilhoz.</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>&amp;Szolgáltatás:</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Eltáv&amp;olítás</translation>
    </message>
    <message>
        <source>&amp;Give up after silence of:</source>
        <translation>Megszakítás ennyi tétlenség &amp;után:</translation>
    </message>
    <message>
        <source>Allow &amp;plain http (insecure)</source>
        <translation>Titkosítatlan &amp;http engedélyezése (nem biztonságos)</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Meg&amp;bízható tanúsítvány:</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>Proxy &amp;gépe:</translation>
    </message>
    <message>
        <source>Proxy port:</source>
        <translation>&amp;Proxy portja:</translation>
    </message>
    <message>
        <source>Proxy user name:</source>
        <translation>Proxy &amp;felhasználója:</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Tanúsítvány ellenő&amp;rzése…</translation>
    </message>
</context>
<context>
    <name>RequestInspectorPane</name>
    <message>
        <source>Filter by address, profile or status</source>
        <translation>Szűrés cím, profil vagy állapot szerint</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Kérés</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Válasz</translation>
    </message>
    <message>
        <source>Kept in memory for this session only. Secrets are masked.</source>
        <translation>Csak ebben a munkamenetben, a memóriában. A titkok maszkolva.</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Másolás c&amp;url-ként</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request; the secret is read from $KONTOR_SECRET</source>
        <translation>A kérést megismétlő curl-parancs másolása; a titkot a $KONTOR_SECRET adja</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
    <message>
        <source>Copy the request and its answer as text</source>
        <translation>A kérés és a válasz másolása szövegként</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>M&amp;entés…</translation>
    </message>
    <message>
        <source>Save every request shown to a text file</source>
        <translation>Minden látható kérés mentése szövegfájlba</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>Forget the requests listed so far</source>
        <translation>Az eddigi kérések elfelejtése</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Általános</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Nyel&amp;v:</translation>
    </message>
    <message>
        <source>The language changes the next time Kontor starts. Dates and numbers follow your system&apos;s regional format.</source>
        <translation>A nyelv a Kontor következő indításakor változik. A dátumok és számok a rendszer területi formátumát követik.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Feltöltések</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>&amp;Párhuzamos feltöltések:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Adatok</translation>
    </message>
    <message>
        <source>Upload journal, audit history and logs are kept in:</source>
        <translation>A feltöltési napló, a változástörténet és a naplók helye:</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Alapértelmezett</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Hálózat</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Kapcsolód&amp;ási időkorlát:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> mp</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Tétlenségi &amp;időkorlát:</translation>
    </message>
    <message>
        <source>Used for new profiles; each profile can have its own.</source>
        <translation>Új profilokra érvényes; minden profilnak lehet sajátja.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>A &amp;rendszer proxybeállításai</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Nincs proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Kézi proxy:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gazdagép:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Felhasználónév:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nem kötelező</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a settings file.</source>
        <translation>A jelszó a rendszer kulcstartójában van, soha nem beállításfájlban.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Mappa megn&amp;yitása</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Módosítás…</translation>
    </message>
    <message>
        <source>Clear &amp;all local data…</source>
        <translation>Minden &amp;helyi adat törlése…</translation>
    </message>
    <message>
        <source>Total time per &amp;request:</source>
        <translation>Te&amp;ljes idő kérésenként:</translation>
    </message>
</context>
<context>
    <name>UploadWindow</name>
    <message>
        <source>Upload invoices</source>
        <translation>Számlák feltöltése</translation>
    </message>
    <message>
        <source>Drop invoice files or folders here. A file&apos;s name is its invoice number; its transaction is the transaction id in the name (e.g. DSPY1000134_Invoice-12345.pdf) or the one a map names.</source>
        <translation>Húzza ide a számlafájlokat vagy mappákat. A fájl neve a számlaszám; a tranzakció a névben szereplő tranzakcióazonosító (pl. DSPY1000134_Invoice-12345.pdf), vagy az, amelyet egy megfeleltetés megad.</translation>
    </message>
    <message>
        <source>A CSV file with the lines transactionId,file[,invoiceSerialNumber]</source>
        <translation>CSV-fájl transactionId,file[,invoiceSerialNumber] sorokkal</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Minden fájl eltávolítása a listáról</translation>
    </message>
    <message>
        <source>Stop sending; the upload can be resumed later</source>
        <translation>A küldés leállítása; a feltöltés később folytatható</translation>
    </message>
    <message>
        <source>Save every file with its transaction and state as a CSV file</source>
        <translation>Minden fájl mentése a tranzakciójával és állapotával CSV-fájlba</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Fájlok &amp;hozzáadása…</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>M&amp;appa hozzáadása…</translation>
    </message>
    <message>
        <source>Use a &amp;map…</source>
        <translation>&amp;Megfeleltetés használata…</translation>
    </message>
    <message>
        <source>Clear &amp;the list</source>
        <translation>&amp;Lista ürítése</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>Felt&amp;öltés</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Szünet</translation>
    </message>
    <message>
        <source>Ca&amp;ncel upload</source>
        <translation>Fel&amp;töltés megszakítása</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Sikertelenek &amp;újraküldése</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Jelentés mentése…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Bezárás</translation>
    </message>
</context>
<context>
    <name>kontor::AuditLog</name>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Refused by the shop</source>
        <translation>A bolt elutasította</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>The history of changes in %1 could not be written or read. Check that the disk is not full and the folder is writable.</source>
        <translation>A változások előzményei (%1) nem írhatók vagy olvashatók. Ellenőrizze, hogy a lemez nem telt-e meg, és a mappa írható-e.</translation>
    </message>
</context>
<context>
    <name>kontor::Bundles</name>
    <message>
        <source>A bundle needs its SKU.</source>
        <translation>A csomagnak kell SKU.</translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation>A csomagnak kell név.</translation>
    </message>
    <message>
        <source>The net price is a number such as 5000 or 12.10; &quot;%1&quot; is not.</source>
        <translation>A nettó ár szám, pl. 5000 vagy 12.10; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>The VAT is a percentage from 0 to 100, such as 27; &quot;%1&quot; is not.</source>
        <translation>Az ÁFA 0 és 100 közötti százalék, pl. 27; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as HUF or EUR; &quot;%1&quot; is not.</source>
        <translation>A pénznem hárombetűs kód, pl. HUF vagy EUR; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>A bundle needs at least one product.</source>
        <translation>A csomagban legalább egy terméknek lennie kell.</translation>
    </message>
    <message>
        <source>Every product needs its SKU.</source>
        <translation>Minden terméknek kell SKU.</translation>
    </message>
    <message>
        <source>%1 is in the bundle twice; give it once with its quantity.</source>
        <translation>A(z) %1 kétszer szerepel a csomagban; adja meg egyszer, a mennyiségével.</translation>
    </message>
    <message>
        <source>The quantity of %1 is a whole number, 1 or more; &quot;%2&quot; is not.</source>
        <translation>A(z) %1 mennyisége legalább 1 egész szám; a(z) „%2” nem az.</translation>
    </message>
</context>
<context>
    <name>kontor::Capabilities</name>
    <message>
        <source>Orders</source>
        <translation>Rendelések</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Kosár</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategóriák</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <source>Product upload</source>
        <translation>Termékfeltöltés</translation>
    </message>
    <message>
        <source>Deleting products</source>
        <translation>Termékek törlése</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Készlet</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Vásárlók</translation>
    </message>
    <message>
        <source>Discount cards</source>
        <translation>Kedvezménykártyák</translation>
    </message>
    <message>
        <source>Marketplace transactions</source>
        <translation>Piactéri tranzakciók</translation>
    </message>
    <message>
        <source>Invoice upload</source>
        <translation>Számlafeltöltés</translation>
    </message>
    <message>
        <source>%1&apos;s interface document lists &quot;%2&quot; but does not describe how it works, so Kontor cannot offer it for this service.</source>
        <translation>%1 interfészleírásában szerepel ez: „%2”, de nem írja le, hogyan működik, ezért a Kontor ennél a szolgáltatásnál nem tudja felkínálni.</translation>
    </message>
    <message>
        <source>%1 does not offer &quot;%2&quot;.</source>
        <translation>%1 nem kínálja ezt: „%2”.</translation>
    </message>
</context>
<context>
    <name>kontor::CartItemType</name>
    <message>
        <source>Article</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Szállítás</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Kezelési díj</translation>
    </message>
    <message>
        <source>Service-provider shipping</source>
        <translation>Szállítás szolgáltatón keresztül</translation>
    </message>
    <message>
        <source>Article option</source>
        <translation>Termékopció</translation>
    </message>
    <message>
        <source>Article free quota</source>
        <translation>Ingyenes termékkeret</translation>
    </message>
    <message>
        <source>Article stock return</source>
        <translation>Termék visszavétele raktárba</translation>
    </message>
    <message>
        <source>Small-quantity surcharge</source>
        <translation>Kis mennyiségi felár</translation>
    </message>
    <message>
        <source>Credit for handling cost</source>
        <translation>Jóváírás a kezelési költségre</translation>
    </message>
    <message>
        <source>Customer discount</source>
        <translation>Vásárlói kedvezmény</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Fizetés</translation>
    </message>
    <message>
        <source>Article discount</source>
        <translation>Termékkedvezmény</translation>
    </message>
    <message>
        <source>Free position added by admin</source>
        <translation>Adminisztrátor által hozzáadott egyedi tétel</translation>
    </message>
    <message>
        <source>Article order fee</source>
        <translation>Termék rendelési díja</translation>
    </message>
    <message>
        <source>Article dynamic option</source>
        <translation>Dinamikus termékopció</translation>
    </message>
    <message>
        <source>&quot;Postaktuell&quot; article</source>
        <translation>„Postaktuell” termék</translation>
    </message>
    <message>
        <source>Cost absorption</source>
        <translation>Költségátvállalás</translation>
    </message>
    <message>
        <source>Advertising subsidy</source>
        <translation>Reklámtámogatás</translation>
    </message>
    <message>
        <source>Additional surcharge</source>
        <translation>További felár</translation>
    </message>
    <message>
        <source>External article (OCI punch-out)</source>
        <translation>Külső termék (OCI punch-out)</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Ismeretlen (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::ClientRegistry</name>
    <message>
        <source>The profile changed while it was being opened; try again.</source>
        <translation>A profil megnyitás közben megváltozott; próbálja újra.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>A Kontor nem tud kommunikálni ezzel a szolgáltatással.</translation>
    </message>
    <message>
        <source>No password or API key is stored for the profile &apos;%1&apos;. Edit the profile to enter it.</source>
        <translation>Ehhez a profilhoz nincs mentett jelszó vagy API-kulcs: „%1”. A megadásához szerkessze a profilt.</translation>
    </message>
</context>
<context>
    <name>kontor::Components</name>
    <message>
        <source>%1 (running on %2)</source>
        <translation>%1 (futó verzió: %2)</translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <extracomment>%1 a program or library, %2 its version, %3 its licence (an SPDX identifier such as MIT)</extracomment>
        <translation>%1 %2, licenc: %3</translation>
    </message>
</context>
<context>
    <name>kontor::Customers</name>
    <message>
        <source>The customer id is a whole number; &quot;%1&quot; is not.</source>
        <translation>A vevőazonosító egész szám; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>Say which customer (their id), or ask for a new one to be created.</source>
        <translation>Adja meg a vevőt (az azonosítóját), vagy kérje új vevő létrehozását.</translation>
    </message>
    <message>
        <source>VirtualPOS works out the age from the birth date (birth_date); the age itself cannot be sent.</source>
        <translation>A VirtualPOS a születési dátumból (birth_date) számítja ki az életkort; magát az életkort nem lehet elküldeni.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name (small letters, digits and _, e.g. fname or birth_date).</source>
        <translation>a(z) „%1” nem mezőnév (kisbetűk, számjegyek és _, pl. fname vagy birth_date).</translation>
    </message>
    <message>
        <source>%1 has its own option; it is not a customer field.</source>
        <translation>A(z) %1 saját opcióval adható meg; nem vevőmező.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>A(z) %1 kétszer szerepel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 1980-05-17.</source>
        <translation>a(z) „%1” nem dátum; írja ÉÉÉÉ-HH-NN alakban, pl. 1980-05-17.</translation>
    </message>
</context>
<context>
    <name>kontor::DiscountCards</name>
    <message>
        <source>the card id %1</source>
        <translation>a(z) %1 kártyaazonosító</translation>
    </message>
    <message>
        <source>the card number (uid) %1</source>
        <translation>a(z) %1 kártyaszám (uid)</translation>
    </message>
    <message>
        <source>the external id %1</source>
        <translation>a(z) %1 külső azonosító</translation>
    </message>
    <message>
        <source>the barcode %1</source>
        <translation>a(z) %1 vonalkód</translation>
    </message>
    <message>
        <source>nothing yet: give the card id, the number (uid), the external id or the barcode</source>
        <translation>még semmi: adja meg a kártyaazonosítót, a számot (uid), a külső azonosítót vagy a vonalkódot</translation>
    </message>
    <message>
        <source>A new card needs its number (uid).</source>
        <translation>Az új kártyához meg kell adni a számát (uid).</translation>
    </message>
    <message>
        <source>Say which card: its id, number (uid), external id or barcode.</source>
        <translation>Adja meg, melyik kártyáról van szó: azonosító, szám (uid), külső azonosító vagy vonalkód.</translation>
    </message>
    <message>
        <source>The card number (uid) is 1 to 12 digits; &quot;%1&quot; is not.</source>
        <translation>A kártyaszám (uid) 1–12 számjegy; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>The card id is a whole number; &quot;%1&quot; is not.</source>
        <translation>A kártyaazonosító egész szám; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>The barcode of card number %1 is %2; leave it empty and the service makes it.</source>
        <translation>A(z) %1 számú kártya vonalkódja %2; hagyja üresen, és a szolgáltatás elkészíti.</translation>
    </message>
    <message>
        <source>The medium is PLASTIC, MAGNET or APP; &quot;%1&quot; is none of them.</source>
        <translation>A hordozó PLASTIC, MAGNET vagy APP lehet; a(z) „%1” egyik sem.</translation>
    </message>
    <message>
        <source>The status is NEW, ACTIVE or BLOCKED; &quot;%1&quot; is none of them.</source>
        <translation>Az állapot NEW, ACTIVE vagy BLOCKED lehet; a(z) „%1” egyik sem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27.</source>
        <translation>a(z) „%1” nem dátum; írja ÉÉÉÉ-HH-NN alakban, pl. 2026-11-27.</translation>
    </message>
    <message>
        <source>The card type id is a whole number; &quot;%1&quot; is not.</source>
        <translation>A kártyatípus azonosítója egész szám; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>The customer id is a whole number; &quot;%1&quot; is not.</source>
        <translation>A vevőazonosító egész szám; a(z) „%1” nem az.</translation>
    </message>
</context>
<context>
    <name>kontor::Ean13</name>
    <message>
        <source>Enter the 13 digits of the barcode.</source>
        <translation>Adja meg a vonalkód 13 számjegyét.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has digits only; &quot;%1&quot; has other characters.</source>
        <translation>Az EAN-13 vonalkód csak számjegyekből áll; a(z) „%1” más karaktereket is tartalmaz.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has 13 digits; &quot;%1&quot; has %2.</source>
        <translation>Az EAN-13 vonalkód 13 számjegyből áll; a(z) „%1” %2 számjegyű.</translation>
    </message>
    <message>
        <source>The last digit of %1 should be %2: the barcode is mistyped.</source>
        <translation>A(z) %1 utolsó számjegyének %2-nek kellene lennie: a vonalkód el van gépelve.</translation>
    </message>
</context>
<context>
    <name>kontor::HtkClient</name>
    <message>
        <source>OmniSeller refused the API user or password. Check them in the profile.</source>
        <translation>Az OmniSeller elutasította az API-felhasználót vagy a jelszót. Ellenőrizze őket a profilban.</translation>
    </message>
    <message>
        <source>Enter an order ID.</source>
        <translation>Adjon meg egy rendelésazonosítót.</translation>
    </message>
    <message>
        <source>Signed in to OmniSeller. Categories visible: %1.</source>
        <translation>Bejelentkezve az OmniSellerbe. Látható kategóriák: %1.</translation>
    </message>
    <message>
        <source>OmniSeller did not accept the sign-in, even with a fresh token. Check the API user and password in the profile, and that this user may use the interface.</source>
        <translation>Az OmniSeller friss tokennel sem fogadta el a bejelentkezést. Ellenőrizze az API-felhasználót és a jelszót a profilban, valamint azt, hogy ez a felhasználó használhatja-e az interfészt.</translation>
    </message>
</context>
<context>
    <name>kontor::HtkParser</name>
    <message>
        <source>OmniSeller refused the API user or password. Check them in the profile.</source>
        <translation>Az OmniSeller elutasította az API-felhasználót vagy a jelszót. Ellenőrizze őket a profilban.</translation>
    </message>
    <message>
        <source>OmniSeller did not accept the sign-in. Check the API user and password in the profile.</source>
        <translation>Az OmniSeller nem fogadta el a bejelentkezést. Ellenőrizze az API-felhasználót és a jelszót a profilban.</translation>
    </message>
    <message>
        <source>OmniSeller reported an error: &quot;%1&quot;. Try again later; if it keeps happening, tell OmniSeller&apos;s support.</source>
        <translation>Az OmniSeller hibát jelzett: „%1”. Próbálja újra később; ha a hiba továbbra is fennáll, forduljon az OmniSeller ügyfélszolgálatához.</translation>
    </message>
    <message>
        <source>OmniSeller returned nothing for the order %1.</source>
        <translation>Az OmniSeller semmit sem adott vissza a(z) %1 rendeléshez.</translation>
    </message>
</context>
<context>
    <name>kontor::OrderListing</name>
    <message>
        <source>Loading the orders was cancelled.</source>
        <translation>A rendelések betöltése megszakítva.</translation>
    </message>
</context>
<context>
    <name>kontor::OrderStatus</name>
    <message>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>feladva</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>törölve</translation>
    </message>
</context>
<context>
    <name>kontor::PrintloungeClient</name>
    <message>
        <source>Printlounge refused the user name or password. Check them in the profile; after several wrong tries the shop locks access for 15 minutes.</source>
        <translation>A Printlounge elutasította a felhasználónevet vagy a jelszót. Ellenőrizze őket a profilban; több hibás próbálkozás után a webáruház 15 percre letiltja a hozzáférést.</translation>
    </message>
    <message>
        <source>Printlounge does not know the order %1. Check the order code.</source>
        <translation>A Printlounge nem ismeri a(z) %1 rendelést. Ellenőrizze a rendelés kódját.</translation>
    </message>
    <message>
        <source>Enter an order code.</source>
        <translation>Adja meg a rendelés kódját.</translation>
    </message>
    <message>
        <source>The order code &quot;%1&quot; contains a character that cannot be part of an order code (/ or \).</source>
        <translation>Ez a rendeléskód olyan karaktert tartalmaz, amely nem lehet egy rendeléskódban (/ vagy \): „%1”.</translation>
    </message>
    <message>
        <source>Signed in to Printlounge; the shop has no orders yet.</source>
        <translation>Bejelentkezve a Printlounge-ba; a webáruháznak még nincs rendelése.</translation>
    </message>
    <message>
        <source>Signed in to Printlounge; the newest order is %1.</source>
        <translation>Bejelentkezve a Printlounge-ba; a legújabb rendelés: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code. Printlounge&apos;s statuses are numbers, such as 61 or 137.</source>
        <translation>„%1” nem állapotkód. A Printlounge állapotai számok, például 61 vagy 137.</translation>
    </message>
</context>
<context>
    <name>kontor::PrintloungeParser</name>
    <message>
        <source>Printlounge refused the request: &quot;%1&quot;.</source>
        <translation>A Printlounge elutasította a kérést: „%1”.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductFields</name>
    <message>
        <source>A product is saved by its SKU; it cannot be empty.</source>
        <translation>A termék az SKU alapján mentődik; nem lehet üres.</translation>
    </message>
    <message>
        <source>Webshippy&apos;s products have no field &quot;%1&quot;.</source>
        <translation>A Webshippy termékeinek nincs „%1” mezője.</translation>
    </message>
    <message>
        <source>Type a number such as 1200 or 12.10 (digits with at most one decimal point or comma); &quot;%1&quot; is not one.</source>
        <translation>Írjon be egy számot, pl. 1200 vagy 12.10 (számjegyek legfeljebb egy tizedesponttal vagy -vesszővel); „%1” nem az.</translation>
    </message>
    <message>
        <source>Webshippy takes the VAT as a fraction: 0.27 for 27%; &quot;%1&quot; is more than 1.</source>
        <translation>A Webshippy az áfát törtként várja: 0.27 a 27%-hoz; „%1” nagyobb 1-nél.</translation>
    </message>
    <message>
        <source>Type a whole number such as 5, without a sign or decimals; &quot;%1&quot; is not one.</source>
        <translation>Írjon be egy egész számot, pl. 5, előjel és tizedesek nélkül; „%1” nem az.</translation>
    </message>
    <message>
        <source>Webshippy takes &quot;yes&quot; or &quot;no&quot; here; &quot;%1&quot; is neither.</source>
        <translation>A Webshippy itt „yes” vagy „no” értéket vár; „%1” egyik sem.</translation>
    </message>
    <message>
        <source>Webshippy takes a category as its code, a main and a sub category number such as 3-406; &quot;%1&quot; is not one.</source>
        <translation>A Webshippy a kategóriát fő- és alkategória-számból álló kódként várja, pl. 3-406; „%1” nem ilyen.</translation>
    </message>
    <message>
        <source>Each line is one image&apos;s web address, starting with https:// or http://; this is not: %1</source>
        <translation>Minden sor egy kép webcíme, https:// vagy http:// kezdettel; ez nem az: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Adjon nevet a profilnak.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most 80 characters).</source>
        <translation>A profil neve túl hosszú (legfeljebb 80 karakter).</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, for example https://shop.example.com.</source>
        <translation>Adja meg a szolgáltatás címét, például https://shop.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a server, for example https://shop.example.com.</source>
        <translation>A cím elején https:// álljon, utána egy szerver neve, például https://shop.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// sends your password unprotected. Use https://, or allow insecure http explicitly for this profile.</source>
        <translation>Titkosítatlan http:// esetén a jelszó védelem nélkül utazik. Használjon https:// címet, vagy kifejezetten engedélyezze a nem biztonságos http-t ennél a profilnál.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the profile&apos;s fields instead.</source>
        <translation>Ne írjon felhasználónevet vagy jelszót a címbe; használja helyette a profil mezőit.</translation>
    </message>
    <message>
        <source>Name the header that carries the key, for example X-Api-Key.</source>
        <translation>Adja meg a kulcsot tartalmazó fejléc nevét, például X-Api-Key.</translation>
    </message>
    <message>
        <source>HTTP Basic sign-in needs a user name.</source>
        <translation>A HTTP Basic bejelentkezéshez felhasználónév szükséges.</translation>
    </message>
    <message>
        <source>OmniSeller needs the API user name.</source>
        <translation>Az OmniSellerhez meg kell adni az API-felhasználó nevét.</translation>
    </message>
    <message>
        <source>The timeouts must be at least one second, and the total time at least as long as the inactivity time.</source>
        <translation>Az időkorlátoknak legalább egy másodpercnek kell lenniük, a teljes időnek pedig legalább akkorának, mint a tétlenségi időnek.</translation>
    </message>
    <message>
        <source>The trusted certificate&apos;s fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>A megbízható tanúsítvány ujjlenyomatának 64 hexadecimális számjegyből kell állnia (SHA-256).</translation>
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
        <translation>A Kontor nem tudta beolvasni a profilokat (%1): %2</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged, so Kontor will not change it. Move it aside to start afresh. (%2)</source>
        <translation>A profilfájl sérült (%1), ezért a Kontor nem módosítja. Ha elölről szeretné kezdeni, helyezze át máshová. (%2)</translation>
    </message>
    <message>
        <source>It is not a Kontor profile list.</source>
        <translation>Ez nem Kontor-profillista.</translation>
    </message>
    <message>
        <source>The profile file could not be read, so Kontor does not overwrite it.</source>
        <translation>A profilfájl nem olvasható, ezért a Kontor nem írja felül.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Már létezik „%1” nevű profil. Válasszon másik nevet.</translation>
    </message>
    <message>
        <source>Kontor could not create its settings folder %1. Check that you may write there.</source>
        <translation>A Kontor nem tudta létrehozni a beállítások mappáját (%1). Ellenőrizze, hogy van-e írási joga oda.</translation>
    </message>
    <message>
        <source>Kontor could not save the profiles to %1: %2</source>
        <translation>A Kontor nem tudta menteni a profilokat (%1): %2</translation>
    </message>
</context>
<context>
    <name>kontor::SecretStore</name>
    <message>
        <source>No password or key is stored for this profile.</source>
        <translation>Ehhez a profilhoz nincs mentett jelszó vagy kulcs.</translation>
    </message>
    <message>
        <source>The system keychain is not available, and no password or key was entered for this profile in this session.</source>
        <translation>A rendszer jelszótárolója nem érhető el, és ebben a munkamenetben nem adott meg jelszót vagy kulcsot ehhez a profilhoz.</translation>
    </message>
    <message>
        <source>The password or API key could not be read from the system keychain.</source>
        <translation>A jelszót vagy az API-kulcsot nem sikerült beolvasni a rendszer jelszótárolójából.</translation>
    </message>
    <message>
        <source>The password or API key could not be saved in the system keychain.</source>
        <translation>A jelszót vagy az API-kulcsot nem sikerült menteni a rendszer jelszótárolójába.</translation>
    </message>
    <message>
        <source>The password or API key could not be removed from the system keychain; it is still stored there.</source>
        <translation>A jelszót vagy az API-kulcsot nem sikerült eltávolítani a rendszer jelszótárolójából; továbbra is ott van tárolva.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to your desktop session or in its password manager) and try again.</source>
        <translation>A jelszótároló zárolva van. Oldja fel (például az asztali munkamenetbe való bejelentkezéssel vagy a jelszókezelőjében), majd próbálja újra.</translation>
    </message>
    <message>
        <source>The keychain refused Kontor access. Allow Kontor in the keychain&apos;s settings and try again.</source>
        <translation>A jelszótároló megtagadta a hozzáférést a Kontortól. Engedélyezze a Kontort a jelszótároló beállításaiban, majd próbálja újra.</translation>
    </message>
    <message>
        <source>This computer has no system keychain (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Ennek a számítógépnek nincs rendszerszintű jelszótárolója (Linuxon: nem fut Secret Service, például GNOME Keyring vagy KWallet).</translation>
    </message>
    <message>
        <source>The keychain gave no reason.</source>
        <translation>A jelszótároló nem adott meg okot.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>A jelszótároló üzenete: %1</translation>
    </message>
</context>
<context>
    <name>kontor::StatusChanger</name>
    <message>
        <source>Not sent: the change was cancelled.</source>
        <translation>Nincs elküldve: a módosítás megszakítva.</translation>
    </message>
    <message>
        <source>Not sent: the profile was closed.</source>
        <translation>Nincs elküldve: a profil bezárult.</translation>
    </message>
    <message>
        <source>The order %1 now has the status %2.</source>
        <translation>A(z) %1 rendelés új állapota: %2.</translation>
    </message>
    <message>
        <source>%1 The history could not record it: %2</source>
        <translation>%1 Az előzményekben nem sikerült rögzíteni: %2</translation>
    </message>
</context>
<context>
    <name>kontor::VirtposClient</name>
    <message>
        <source>VirtualPOS did not accept the API key. Check it in the profile.</source>
        <translation>A VirtualPOS nem fogadta el az API-kulcsot. Ellenőrizze a profilban.</translation>
    </message>
    <message>
        <source>Signed in to VirtualPOS. Orders of the last day: %1.</source>
        <translation>Bejelentkezve a VirtualPOS-ba. Az elmúlt nap rendelései: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::VirtposParser</name>
    <message>
        <source>VirtualPOS did not accept the API key. Check it in the profile.</source>
        <translation>A VirtualPOS nem fogadta el az API-kulcsot. Ellenőrizze a profilban.</translation>
    </message>
    <message>
        <source>VirtualPOS refused the request without saying why. Try again later; if it keeps happening, ask VirtualPOS&apos;s support.</source>
        <translation>A VirtualPOS indoklás nélkül elutasította a kérést. Próbálja újra később; ha továbbra is előfordul, forduljon a VirtualPOS ügyfélszolgálatához.</translation>
    </message>
    <message>
        <source>VirtualPOS refused the request: &quot;%1&quot;. Check the request, or try again later.</source>
        <translation>A VirtualPOS elutasította a kérést: „%1”. Ellenőrizze a kérést, vagy próbálja újra később.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyClient</name>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>A Webshippy nem fogadta el az API-kulcsot. Ellenőrizze a profilban.</translation>
    </message>
    <message>
        <source>Signed in to Webshippy; there are no products yet.</source>
        <translation>Bejelentkezve a Webshippybe; még nincsenek termékek.</translation>
    </message>
    <message>
        <source>Signed in to Webshippy; the product list answers.</source>
        <translation>Bejelentkezve a Webshippybe; a terméklista elérhető.</translation>
    </message>
    <message>
        <source>The product list cannot continue from here; load it again.</source>
        <translation>A terméklista innen nem folytatható; töltse be újra.</translation>
    </message>
    <message>
        <source>A product needs its SKU.</source>
        <translation>A terméknek szüksége van cikkszámra (SKU).</translation>
    </message>
    <message>
        <source>Webshippy lets a product&apos;s barcode change only while it is empty or before any goods receipt was recorded for the product.</source>
        <translation>A Webshippy csak addig engedi módosítani a termék vonalkódját, amíg üres, vagy amíg nem rögzítettek áruátvételt a termékre.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyEnvelope</name>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>A Webshippy nem fogadta el az API-kulcsot. Ellenőrizze a profilban.</translation>
    </message>
    <message>
        <source>Webshippy refused the request without saying why. Try again later; if it keeps happening, ask Webshippy&apos;s support.</source>
        <translation>A Webshippy indoklás nélkül elutasította a kérést. Próbálja újra később; ha továbbra is előfordul, forduljon a Webshippy ügyfélszolgálatához.</translation>
    </message>
    <message>
        <source>Webshippy refused the request: &quot;%1&quot;.</source>
        <translation>A Webshippy elutasította a kérést: „%1”.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyParser</name>
    <message>
        <source>Another invoice (%1) is already stored for this transaction.</source>
        <translation>Ehhez a tranzakcióhoz már egy másik számla (%1) van tárolva.</translation>
    </message>
    <message>
        <source>without a number</source>
        <translation>sorszám nélkül</translation>
    </message>
    <message>
        <source>Webshippy did not store the invoice.</source>
        <translation>A Webshippy nem tárolta a számlát.</translation>
    </message>
    <message>
        <source>Webshippy does not know this transaction.</source>
        <translation>A Webshippy nem ismeri ezt a tranzakciót.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::BundleCommands</name>
    <message>
        <source>The bundle file is one JSON object with bundleSku, bundleName, bundlePriceNet and products, as in Webshippy&apos;s document.</source>
        <translation>A csomagfájl egyetlen JSON-objektum bundleSku, bundleName, bundlePriceNet és products mezőkkel, ahogy a Webshippy dokumentumában.</translation>
    </message>
    <message>
        <source>Give the bundle&apos;s JSON file, e.g. &apos;bundles create bundle.json&apos;.</source>
        <translation>Adja meg a csomag JSON-fájlját, pl. &apos;bundles create bundle.json&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Nem sikerült beolvasni: %1: %2.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; bundles are Webshippy&apos;s.</source>
        <translation>A(z) &apos;%1&apos; profil %2-profil; csomagok a Webshippyben vannak.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>A Kontor nem tud kommunikálni ezzel a szolgáltatással.</translation>
    </message>
    <message>
        <source>Bundle %1 created (Webshippy id %2).</source>
        <translation>A(z) %1 csomag létrehozva (Webshippy-azonosító: %2).</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CardCommands</name>
    <message>
        <source>Give one card uid, e.g. &apos;cards ean13 123456789&apos;.</source>
        <translation>Adjon meg egy kártya-uid-t, pl. &apos;cards ean13 123456789&apos;.</translation>
    </message>
    <message>
        <source>uid: a card&apos;s uid is 1 to 12 digits; &quot;%1&quot; is not.</source>
        <translation>uid: a kártya uid-je 1–12 számjegy; a(z) „%1” nem az.</translation>
    </message>
    <message>
        <source>The card&apos;s fields are options, e.g. --uid 123456789 --medium PLASTIC; &apos;%1&apos; is not one.</source>
        <translation>A kártya mezői opciók, pl. --uid 123456789 --medium PLASTIC; a(z) &apos;%1&apos; nem az.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; discount cards are VirtualPOS&apos;s.</source>
        <translation>A(z) &apos;%1&apos; profil %2-profil; kedvezménykártyák a VirtualPOS-ban vannak.</translation>
    </message>
    <message>
        <source>The card is found by %1.</source>
        <translation>A kártya keresése ez alapján történik: %1.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>A Kontor nem tud kommunikálni ezzel a szolgáltatással.</translation>
    </message>
    <message>
        <source>The card is deleted.</source>
        <translation>A kártya törölve.</translation>
    </message>
    <message>
        <source>Card %1 created.</source>
        <translation>A(z) %1 kártya létrehozva.</translation>
    </message>
    <message>
        <source>Card %1 updated.</source>
        <translation>A(z) %1 kártya módosítva.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CliApp</name>
    <message>
        <source>Kontor on the command line: manage connection profiles and read orders, categories and products from htk, printlounge, virtpos and webshippy.</source>
        <translation>A Kontor parancssorból: kapcsolati profilok kezelése, valamint rendelések, kategóriák és termékek lekérése a htk, printlounge, virtpos és webshippy szolgáltatásból.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>A súgó megjelenítése.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>A verzió megjelenítése.</translation>
    </message>
    <message>
        <source>Read and write profiles in DIR (default: $KONTOR_CONFIG_DIR, else the per-user config folder).</source>
        <translation>A profilok olvasása és írása a KÖNYVTÁR mappában (alapértelmezés: $KONTOR_CONFIG_DIR, ennek hiányában a felhasználó beállítási mappája).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KÖNYVTÁR</translation>
    </message>
    <message>
        <source>Use the profile NAME (needed when there is more than one).</source>
        <translation>A NÉV nevű profil használata (akkor kell, ha több profil van).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÉV</translation>
    </message>
    <message>
        <source>Print one JSON document with stable keys instead of text.</source>
        <translation>Szöveg helyett egyetlen JSON-dokumentum kiírása, állandó kulcsokkal.</translation>
    </message>
    <message>
        <source>Take the secret from the environment variable VAR for this run (for unattended runs without a keychain).</source>
        <translation>A jelszó/kulcs beolvasása erre a futtatásra a VÁLTOZÓ környezeti változóból (felügyelet nélküli futtatáshoz, jelszótároló nélkül).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VÁLTOZÓ</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>A napló kiírása a szabványos hibakimenetre is.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SZOLGÁLTATÁS</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>FELHASZNÁLÓ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TÍPUS</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁTUM</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The option --%1 belongs to &apos;%2&apos;, not to &apos;%3&apos;.</source>
        <translation>A --%1 kapcsoló ehhez tartozik: &apos;%2&apos;, nem ehhez: &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli --help&apos; lists the options.</source>
        <translation>A &apos;kontor-cli --help&apos; felsorolja a kapcsolókat.</translation>
    </message>
    <message>
        <source>Name a command; &apos;kontor-cli --help&apos; lists them.</source>
        <translation>Adjon meg egy parancsot; a &apos;kontor-cli --help&apos; felsorolja őket.</translation>
    </message>
    <message>
        <source>--secret-env needs the name of an environment variable.</source>
        <translation>A --secret-env után meg kell adni egy környezeti változó nevét.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;kontor-cli --help&apos; lists the commands.</source>
        <translation>Ismeretlen parancs: &apos;%1&apos;; a &apos;kontor-cli --help&apos; felsorolja a parancsokat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no further words; choose the profile with --profile NAME.</source>
        <translation>Ez a parancs nem vár további szavakat: &apos;%1&apos;; a profilt a --profile NÉV kapcsolóval válassza ki.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>UJJLENYOMAT</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÓDSZER</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DÁTUM</translation>
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
        <translation>Használat: kontor-cli [kapcsolók] COMMAND [argumentumok]</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Minden parancsra érvényes kapcsolók:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Parancsok:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 service or network error, 2 usage error, 3 partly done (e.g. the profile was saved but the keychain did not take its secret), 4 authentication failed or no secret.</source>
        <translation>Kilépési kódok: 0 siker, 1 szolgáltatás- vagy hálózati hiba, 2 használati hiba, 3 részben elvégezve (pl. a profil mentve, de a jelszótároló nem fogadta el a jelszót/kulcsot), 4 sikertelen hitelesítés vagy hiányzó jelszó/kulcs.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli help COMMAND&apos; shows a command&apos;s options.</source>
        <translation>Egy parancs kapcsolóit a &apos;kontor-cli help COMMAND&apos; mutatja meg.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[kapcsolók]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Használat: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no options of its own.</source>
        <translation>A(z) &apos;%1&apos; parancsnak nincs saját kapcsolója.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Kapcsolók:</translation>
    </message>
    <message>
        <source>The options every command takes (--profile NAME, --json, --config-dir DIR and more) are listed by &apos;kontor-cli --help&apos;.</source>
        <translation>A minden parancsnál használható kapcsolókat (--profile NÉV, --json, --config-dir KÖNYVTÁR és a többi) a &apos;kontor-cli --help&apos; sorolja fel.</translation>
    </message>
    <message>
        <source>Commands of &apos;%1&apos;:</source>
        <translation>A(z) &apos;%1&apos; csoport parancsai:</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;kontor-cli help&apos; lists the commands.</source>
        <translation>Ismeretlen parancs: &apos;%1&apos;; a &apos;kontor-cli help&apos; felsorolja a parancsokat.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli help %1&apos; lists its options.</source>
        <translation>A kapcsolóit a &apos;kontor-cli help %1&apos; sorolja fel.</translation>
    </message>
    <message>
        <source>The service: htk, printlounge, virtpos or webshippy.</source>
        <translation>A szolgáltatás: htk, printlounge, virtpos vagy webshippy.</translation>
    </message>
    <message>
        <source>The service&apos;s base address.</source>
        <translation>A szolgáltatás alapcíme.</translation>
    </message>
    <message>
        <source>The user name, where the service has one.</source>
        <translation>A felhasználónév, ha a szolgáltatás használ ilyet.</translation>
    </message>
    <message>
        <source>How to sign in: none, basic, bearer or header:NAME (default: per service).</source>
        <translation>A bejelentkezés módja: none, basic, bearer vagy header:NÉV (alapértelmezés: szolgáltatásonként eltérő).</translation>
    </message>
    <message>
        <source>json or xml (VirtualPOS and Webshippy).</source>
        <translation>json vagy xml (VirtualPOS és Webshippy).</translation>
    </message>
    <message>
        <source>Read the secret from standard input into the keychain.</source>
        <translation>A jelszó/kulcs beolvasása a szabványos bemenetről a jelszótárolóba.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer.</source>
        <translation>Titkosítatlan http:// engedélyezése más számítógépen futó szerverhez is.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (64 hex digits; colons and case do not matter), for a shop on its own certificate authority; &apos;none&apos; removes it.</source>
        <translation>A szerver ezzel az SHA-256-ujjlenyomattal rendelkező tanúsítványának elfogadása megbízhatóként (64 hexadecimális számjegy; a kettőspontok és a kis- és nagybetűk nem számítanak), saját tanúsítványkiadót használó webáruházhoz; a &apos;none&apos; érték törli.</translation>
    </message>
    <message>
        <source>Read every page (--limit still caps the rows).</source>
        <translation>Az összes oldal beolvasása (a sorok számát a --limit továbbra is korlátozza).</translation>
    </message>
    <message>
        <source>At most N rows (default 50).</source>
        <translation>Legfeljebb N sor (alapértelmezés: 50).</translation>
    </message>
    <message>
        <source>Rows asked for per request (default 50).</source>
        <translation>Kérésenként lekért sorok száma (alapértelmezés: 50).</translation>
    </message>
    <message>
        <source>Printlounge: only orders with this order status code.</source>
        <translation>Printlounge: csak az ezzel a rendelésállapot-kóddal rendelkező rendelések.</translation>
    </message>
    <message>
        <source>Printlounge: only orders with this status code.</source>
        <translation>Printlounge: csak az ezzel az állapotkóddal rendelkező rendelések.</translation>
    </message>
    <message>
        <source>Printlounge: only orders paid (1) or not paid (0).</source>
        <translation>Printlounge: csak a fizetett (1) vagy a nem fizetett (0) rendelések.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the customer with this id.</source>
        <translation>VirtualPOS: csak az ezzel az azonosítóval rendelkező vásárló rendelései.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the customer with this external id.</source>
        <translation>VirtualPOS: csak az ezzel a külső azonosítóval rendelkező vásárló rendelései.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders from this day on (YYYY-MM-DD).</source>
        <translation>VirtualPOS: csak az ettől a naptól kezdve leadott rendelések (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders up to this day (YYYY-MM-DD).</source>
        <translation>VirtualPOS: csak az eddig a napig leadott rendelések (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the last N days.</source>
        <translation>VirtualPOS: csak az elmúlt N nap rendelései.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FÁJL</translation>
    </message>
    <message>
        <source>Write the rows to FILE as CSV (RFC 4180, UTF-8 with BOM, the table&apos;s columns) instead of printing them.</source>
        <translation>A sorok mentése CSV formátumban a FÁJL fájlba (RFC 4180, UTF-8 BOM-mal, a táblázat oszlopaival) a kimenetre írás helyett.</translation>
    </message>
    <message>
        <source>put or patch (default: the profile&apos;s setting, else put).</source>
        <translation>put vagy patch (alapértelmezés: a profil beállítása, ennek hiányában put).</translation>
    </message>
    <message>
        <source>Only changes from DATE on (YYYY-MM-DD).</source>
        <translation>Csak a DÁTUM napjától kezdődő változások (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <source>Save a new profile (needs --service and --url).</source>
        <translation>Új profil mentése (a --service és a --url megadása kötelező).</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>A mentett profilok listázása.</translation>
    </message>
    <message>
        <source>Show a profile; says whether a secret is stored.</source>
        <translation>Egy profil megjelenítése, azzal együtt, hogy van-e mentett jelszó/kulcs.</translation>
    </message>
    <message>
        <source>Remove a profile and its secret.</source>
        <translation>Egy profil és a hozzá tartozó jelszó/kulcs eltávolítása.</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NÉV]</translation>
    </message>
    <message>
        <source>Prove with one signed-in call that it works.</source>
        <translation>Annak ellenőrzése egyetlen bejelentkezett hívással, hogy a profil működik-e.</translation>
    </message>
    <message>
        <source>Store the secret read from standard input.</source>
        <translation>A szabványos bemenetről beolvasott jelszó/kulcs mentése.</translation>
    </message>
    <message>
        <source>Trust one server certificate, or none.</source>
        <translation>Egyetlen szervertanúsítvány elfogadása megbízhatóként, vagy a beállítás törlése.</translation>
    </message>
    <message>
        <source>NAME CODE TEXT</source>
        <translation>NÉV KÓD SZÖVEG</translation>
    </message>
    <message>
        <source>Name a status code (&quot;&quot; removes the name).</source>
        <translation>Név adása egy állapotkódnak (a &quot;&quot; törli a nevet).</translation>
    </message>
    <message>
        <source>Show the category tree (OmniSeller HTK).</source>
        <translation>A kategóriafa megjelenítése (OmniSeller HTK).</translation>
    </message>
    <message>
        <source>List orders (OmniSeller HTK, Printlounge, VirtualPOS).</source>
        <translation>Rendelések listázása (OmniSeller HTK, Printlounge, VirtualPOS).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>AZONOSÍTÓ</translation>
    </message>
    <message>
        <source>Show one order with all its fields and items.</source>
        <translation>Egy rendelés megjelenítése az összes mezőjével és tételével.</translation>
    </message>
    <message>
        <source>CODE STATUS</source>
        <translation>KÓD ÁLLAPOT</translation>
    </message>
    <message>
        <source>Change an order&apos;s status (Printlounge).</source>
        <translation>Egy rendelés állapotának módosítása (Printlounge).</translation>
    </message>
    <message>
        <source>List products (Webshippy).</source>
        <translation>Termékek listázása (Webshippy).</translation>
    </message>
    <message>
        <source>List every change Kontor made to a shop.</source>
        <translation>A Kontor által a webáruházakban végzett összes változtatás listázása.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Show a discount card&apos;s EAN-13 barcode as VirtualPOS makes it from the uid.</source>
        <translation>Egy kedvezménykártya EAN-13 vonalkódjának megjelenítése, ahogyan a VirtualPOS az uid-ből képzi.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÁLLAPOT</translation>
    </message>
    <message>
        <source>NEW, ACTIVE or BLOCKED.</source>
        <translation>NEW, ACTIVE vagy BLOCKED.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>AZONOSÍTÓ</translation>
    </message>
    <message>
        <source>The card&apos;s id in another system, e.g. 1C (the third key).</source>
        <translation>A kártya azonosítója egy másik rendszerben, pl. 1C (a harmadik kulcs).</translation>
    </message>
    <message>
        <source>The card&apos;s id in VirtualPOS (the first key the card is found by).</source>
        <translation>A kártya azonosítója a VirtualPOS-ban (az első kulcs, amely alapján megtalálható).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>SZÁM</translation>
    </message>
    <message>
        <source>The card&apos;s number, 1 to 12 digits (the second key).</source>
        <translation>A kártya száma, 1–12 számjegy (a második kulcs).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>Find the card by this barcode (the last key); it is not changed.</source>
        <translation>A kártya keresése ezzel a vonalkóddal (az utolsó kulcs); ez nem változik.</translation>
    </message>
    <message>
        <source>The card&apos;s new barcode (EAN-13, checked).</source>
        <translation>A kártya új vonalkódja (EAN-13, ellenőrizve).</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>HORDOZÓ</translation>
    </message>
    <message>
        <source>PLASTIC, MAGNET or APP.</source>
        <translation>PLASTIC, MAGNET vagy APP.</translation>
    </message>
    <message>
        <source>The day the card was blocked (YYYY-MM-DD).</source>
        <translation>A kártya letiltásának napja (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <source>The day the card was given out (YYYY-MM-DD).</source>
        <translation>A kártya kiadásának napja (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <source>The card type&apos;s id.</source>
        <translation>A kártyatípus azonosítója.</translation>
    </message>
    <message>
        <source>The card type by name, when no --type-id is given (a new name makes a new type).</source>
        <translation>A kártyatípus név szerint, ha nincs megadva --type-id (új név új típust hoz létre).</translation>
    </message>
    <message>
        <source>The customer the card belongs to.</source>
        <translation>A vevő, akihez a kártya tartozik.</translation>
    </message>
    <message>
        <source>The customer by their external id, when no --customer-id is given.</source>
        <translation>A vevő a külső azonosítója alapján, ha nincs megadva --customer-id.</translation>
    </message>
    <message>
        <source>update: create the card when no key finds it.</source>
        <translation>update: a kártya létrehozása, ha egyik kulcs sem találja meg.</translation>
    </message>
    <message>
        <source>Print the request that would be sent, and send nothing.</source>
        <translation>A küldendő kérés kiírása, küldés nélkül.</translation>
    </message>
    <message>
        <source>Add a discount card (VirtualPOS).</source>
        <translation>Kedvezménykártya hozzáadása (VirtualPOS).</translation>
    </message>
    <message>
        <source>Change a discount card, found by --card-id, --uid, --external-id or --card-barcode (in that order) (VirtualPOS).</source>
        <translation>Kedvezménykártya módosítása, keresés --card-id, --uid, --external-id vagy --card-barcode alapján (ebben a sorrendben) (VirtualPOS).</translation>
    </message>
    <message>
        <source>Delete a discount card, found by --card-id, --uid, --external-id or --card-barcode (VirtualPOS).</source>
        <translation>Kedvezménykártya törlése, keresés --card-id, --uid, --external-id vagy --card-barcode alapján (VirtualPOS).</translation>
    </message>
    <message>
        <source>Create the customer when the id finds none (or no id is given).</source>
        <translation>A vevő létrehozása, ha az azonosító alapján nincs találat (vagy nincs megadva azonosító).</translation>
    </message>
    <message>
        <source>The customer group by name (a new name makes a new group).</source>
        <translation>A vevőcsoport név szerint (új név új csoportot hoz létre).</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>MEZŐ=ÉRTÉK</translation>
    </message>
    <message>
        <source>A customer field as VirtualPOS names it, e.g. --set email=anna@example.org (repeatable; age is worked out by VirtualPOS and cannot be set).</source>
        <translation>Vevőmező a VirtualPOS-ban használt néven, pl. --set email=anna@example.org (ismételhető; az életkort a VirtualPOS számítja ki, nem adható meg).</translation>
    </message>
    <message>
        <source>List customers (VirtualPOS).</source>
        <translation>Vevők listázása (VirtualPOS).</translation>
    </message>
    <message>
        <source>Read every page.</source>
        <translation>Minden oldal beolvasása.</translation>
    </message>
    <message>
        <source>Customers per page (default 50; with --all every page).</source>
        <translation>Vevők oldalanként (alapértelmezés 50; --all esetén minden oldalon).</translation>
    </message>
    <message>
        <source>Change or create a customer (VirtualPOS).</source>
        <translation>Vevő módosítása vagy létrehozása (VirtualPOS).</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>A vevő azonosítója.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FÁJL.json</translation>
    </message>
    <message>
        <source>Create a product bundle from a JSON file in the document&apos;s form (Webshippy).</source>
        <translation>Termékcsomag létrehozása a dokumentum formájú JSON-fájlból (Webshippy).</translation>
    </message>
    <message>
        <source>[FILE.json]</source>
        <translation>[FÁJL.json]</translation>
    </message>
    <message>
        <source>Create or change a product by its SKU, and say which happened (Webshippy).</source>
        <translation>Termék létrehozása vagy módosítása SKU alapján, és annak közlése, mi történt (Webshippy).</translation>
    </message>
    <message>
        <source>A product field as Webshippy names it, e.g. --set price=12.10 (repeatable; it replaces the file&apos;s).</source>
        <translation>Termékmező a Webshippyben használt néven, pl. --set price=12.10 (ismételhető; felülírja a fájlbelit).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Only the product with this SKU.</source>
        <translation>Csak az ezzel az SKU-val rendelkező termék.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>SZÖVEG</translation>
    </message>
    <message>
        <source>Only products whose name contains TEXT.</source>
        <translation>Csak azok a termékek, amelyek nevében szerepel a SZÖVEG.</translation>
    </message>
    <message>
        <source>Only the product with this Webshippy id.</source>
        <translation>Csak az ezzel a Webshippy-azonosítóval rendelkező termék.</translation>
    </message>
    <message>
        <source>Only the product with this reference id.</source>
        <translation>Csak az ezzel a hivatkozási azonosítóval rendelkező termék.</translation>
    </message>
    <message>
        <source>Read every page (--limit is the page size).</source>
        <translation>Minden oldal beolvasása (a --limit az oldalméret).</translation>
    </message>
    <message>
        <source>Only the product with this barcode.</source>
        <translation>Csak az ezzel a vonalkóddal rendelkező termék.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>IDŐ</translation>
    </message>
    <message>
        <source>Only products changed since TIME (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS).</source>
        <translation>Csak az IDŐ óta módosított termékek (ÉÉÉÉ-HH-NN vagy ÉÉÉÉ-HH-NN ÓÓ:PP:MM).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÁLLAPOT</translation>
    </message>
    <message>
        <source>Only transactions whose invoice is invoiced, uninvoiced or error.</source>
        <translation>Csak azok a tranzakciók, amelyek számlája invoiced, uninvoiced vagy error.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>SZEREP</translation>
    </message>
    <message>
        <source>Only transactions where you are the supplier or the retailer.</source>
        <translation>Csak azok a tranzakciók, ahol Ön a beszállító (supplier) vagy a kiskereskedő (retailer).</translation>
    </message>
    <message>
        <source>List marketplace transactions with their invoice state (Webshippy).</source>
        <translation>Piactéri tranzakciók listája a számlájuk állapotával (Webshippy).</translation>
    </message>
    <message>
        <source>Only transactions from this day on (YYYY-MM-DD).</source>
        <translation>Csak az ettől a naptól kezdődő tranzakciók (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <source>Only transactions up to this day (YYYY-MM-DD).</source>
        <translation>Csak az eddig a napig tartó tranzakciók (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FÁJL.csv</translation>
    </message>
    <message>
        <source>Match files to transactions by a CSV map: transactionId,file[,invoiceSerialNumber].</source>
        <translation>Fájlok tranzakciókhoz rendelése CSV-táblázattal: transactionId,file[,invoiceSerialNumber].</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 16 (default 4).</source>
        <translation>Egyszerre futó kérések, 1–16 (alapértelmezés 4).</translation>
    </message>
    <message>
        <source>At most N invoices per request (default 25).</source>
        <translation>Kérésenként legfeljebb N számla (alapértelmezés 25).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BÁJT</translation>
    </message>
    <message>
        <source>At most this much per request, e.g. 4M (default 2M).</source>
        <translation>Kérésenként legfeljebb ennyi, pl. 4M (alapértelmezés 2M).</translation>
    </message>
    <message>
        <source>Finish the profile&apos;s unfinished upload first (after a crash); without one, upload the files given.</source>
        <translation>Először a profil befejezetlen feltöltését fejezi be (összeomlás után); ha nincs ilyen, a megadott fájlokat tölti fel.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>ÚTVONAL...</translation>
    </message>
    <message>
        <source>Upload invoice files (or folders of them) to their marketplace transactions, each exactly once (Webshippy).</source>
        <translation>Számlafájlok (vagy mappáik) feltöltése a piactéri tranzakcióikhoz, mindegyik pontosan egyszer (Webshippy).</translation>
    </message>
    <message>
        <source>Print every request and its answer to standard error, every secret masked.</source>
        <translation>Minden kérés és válasza a szabványos hibakimenetre, minden titok maszkolva.</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>The profile&apos;s proxy: app (the application&apos;s setting, the default), none (connect directly), or http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT.</source>
        <translation>A profil proxyja: app (az alkalmazás beállítása, alapértelmezés), none (közvetlen kapcsolat), vagy http://[FELHASZNÁLÓ@]GÉP:PORT ill. socks5://[FELHASZNÁLÓ@]GÉP:PORT.</translation>
    </message>
    <message>
        <source>NAME PROXY</source>
        <translation>NÉV PROXY</translation>
    </message>
    <message>
        <source>Send the profile&apos;s requests through PROXY: app, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT.</source>
        <translation>A profil kérései a PROXY-n át mennek: app, none, http://[FELHASZNÁLÓ@]GÉP:PORT vagy socks5://[FELHASZNÁLÓ@]GÉP:PORT.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CustomerCommands</name>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; customers are VirtualPOS&apos;s.</source>
        <translation>A(z) &apos;%1&apos; profil %2-profil; vevők a VirtualPOS-ban vannak.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>A Kontor nem tud kommunikálni ezzel a szolgáltatással.</translation>
    </message>
    <message>
        <source>&apos;customers list&apos; takes no further words; choose the profile with --profile NAME.</source>
        <translation>A &apos;customers list&apos; nem fogad további szavakat; a profilt a --profile NÉV adja meg.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000.</source>
        <translation>A --limit 1 és 1000 közötti egész számot fogad.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Nincsenek vevők.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>AZONOSÍTÓ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÉV</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>CSOPORT</translation>
    </message>
    <message>
        <source>The fields are given with --set FIELD=VALUE; &apos;%1&apos; is not one.</source>
        <translation>A mezők megadása: --set MEZŐ=ÉRTÉK; a(z) &apos;%1&apos; nem ilyen.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. --set email=anna@example.org; &quot;%1&quot; is not.</source>
        <translation>A --set MEZŐ=ÉRTÉK alakot vár, pl. --set email=anna@example.org; a(z) „%1” nem ilyen.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>A(z) %1 vevő létrehozva.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>A(z) %1 vevő módosítva.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::InvoiceCommands</name>
    <message>
        <source>--parallel takes a whole number from 1 to 16.</source>
        <translation>A --parallel 1 és 16 közötti egész számot vár.</translation>
    </message>
    <message>
        <source>--batch-size takes a whole number from 1 to 1000.</source>
        <translation>A --batch-size 1 és 1000 közötti egész számot vár.</translation>
    </message>
    <message>
        <source>--max-batch-bytes takes a size of at least 64K, e.g. 8M or 2000000.</source>
        <translation>A --max-batch-bytes legalább 64K méretet vár, pl. 8M vagy 2000000.</translation>
    </message>
    <message>
        <source>There is no file or folder &quot;%1&quot;.</source>
        <translation>Nincs „%1” nevű fájl vagy mappa.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile. %3</source>
        <translation>Ez a profil (&apos;%1&apos;) ehhez a szolgáltatáshoz tartozik: %2. %3</translation>
    </message>
    <message>
        <source>An upload of %1 invoices to &apos;%2&apos; did not finish (%3 done). Run the command again with --resume to finish it first; nothing is sent twice.</source>
        <translation>Egy %1 számlás feltöltés ide: „%2” nem fejeződött be (%3 kész). Futtassa újra a parancsot --resume kapcsolóval, hogy előbb azt fejezze be; semmi nem megy el kétszer.</translation>
    </message>
    <message>
        <source>There is no unfinished upload for &apos;%1&apos;; give the invoice files or folders to upload.</source>
        <translation>A(z) „%1” profilnak nincs befejezetlen feltöltése; adja meg a feltöltendő számlafájlokat vagy mappákat.</translation>
    </message>
    <message>
        <source>Give the invoice files or folders to upload, e.g. &apos;invoices upload ~/invoices&apos;.</source>
        <translation>Adja meg a feltöltendő számlafájlokat vagy mappákat, pl. „invoices upload ~/invoices”.</translation>
    </message>
    <message>
        <source>The map %1 cannot be read (%2).</source>
        <translation>A(z) %1 hozzárendelő táblázat nem olvasható (%2).</translation>
    </message>
    <message>
        <source>This profile has no transactions.</source>
        <translation>Ennek a profilnak nincsenek tranzakciói.</translation>
    </message>
    <message>
        <source>Reading the shop&apos;s transactions…</source>
        <translation>A bolt tranzakcióinak beolvasása…</translation>
    </message>
    <message>
        <source>would upload %1 as invoice %2 of %3</source>
        <translation>feltöltené: %1, %2 számlaként ehhez: %3</translation>
    </message>
    <message>
        <source>would skip %1: %2</source>
        <translation>kihagyná: %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent (--dry-run).</source>
        <translation>Semmi sem lett elküldve (--dry-run).</translation>
    </message>
    <message>
        <source>%1 of %2 invoices done, %3 of %4</source>
        <translation>%1 / %2 számla kész, %3 / %4</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, még kb. %1 mp</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 sikertelen</translation>
    </message>
    <message>
        <source>failed: %1 (%2): %3</source>
        <translation>sikertelen: %1 (%2): %3</translation>
    </message>
    <message>
        <source>not confirmed: %1 (%2); run again with --resume</source>
        <translation>nincs megerősítve: %1 (%2); futtassa újra --resume kapcsolóval</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>kihagyva: %1: %2</translation>
    </message>
    <message>
        <source>Uploaded %1 invoices; %2 were already there, %3 failed, %4 skipped.</source>
        <translation>Feltöltött számlák: %1; már megvolt: %2, sikertelen: %3, kihagyva: %4.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::OutputWriter</name>
    <message>
        <source>Nothing was sent (--dry-run).</source>
        <translation>Semmi sem lett elküldve (--dry-run).</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProductCommands</name>
    <message>
        <source>Give at most one product file, e.g. &apos;products upsert product.json&apos;.</source>
        <translation>Legfeljebb egy termékfájlt adjon meg, pl. &apos;products upsert product.json&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Nem sikerült beolvasni: %1: %2.</translation>
    </message>
    <message>
        <source>The product file is one JSON object with the product&apos;s fields, as in Webshippy&apos;s document.</source>
        <translation>A termékfájl egyetlen JSON-objektum a termék mezőivel, ahogy a Webshippy dokumentumában.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. --set price=12.10; &quot;%1&quot; is not.</source>
        <translation>A --set MEZŐ=ÉRTÉK alakot vár, pl. --set price=12.10; a(z) „%1” nem ilyen.</translation>
    </message>
    <message>
        <source>sku: a product is saved by its SKU; give it in the file or with --set sku=...</source>
        <translation>sku: a termék mentése SKU alapján történik; adja meg a fájlban vagy a --set sku=... opcióval.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; products are saved in Webshippy.</source>
        <translation>A(z) &apos;%1&apos; profil %2-profil; termékek a Webshippyben menthetők.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>A Kontor nem tud kommunikálni ezzel a szolgáltatással.</translation>
    </message>
    <message>
        <source>Product %1 created.</source>
        <translation>A(z) %1 termék létrehozva.</translation>
    </message>
    <message>
        <source>Product %1: Webshippy found no changes.</source>
        <translation>A(z) %1 termék: a Webshippy nem talált változást.</translation>
    </message>
    <message>
        <source>Product %1 modified.</source>
        <translation>A(z) %1 termék módosítva.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProfileCommands</name>
    <message>
        <source>Give one profile name, not %1.</source>
        <translation>Pontosan egy profilnevet adjon meg (most %1 van megadva).</translation>
    </message>
    <message>
        <source>Name the profile, e.g. &apos;profile show NAME&apos;.</source>
        <translation>Adja meg a profilt, például: &apos;profile show NÉV&apos;.</translation>
    </message>
    <message>
        <source>Say which service the profile is for with --service (%1).</source>
        <translation>A --service kapcsolóval adja meg, melyik szolgáltatáshoz tartozik a profil (%1).</translation>
    </message>
    <message>
        <source>Unknown service &apos;%1&apos;; choose one of %2.</source>
        <translation>Ismeretlen szolgáltatás: &apos;%1&apos;; válasszon ezek közül: %2.</translation>
    </message>
    <message>
        <source>Give the service&apos;s address with --url, e.g. --url https://shop.example.com/.</source>
        <translation>Adja meg a szolgáltatás címét a --url kapcsolóval, például: --url https://shop.example.com/.</translation>
    </message>
    <message>
        <source>The address &apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>Ez a cím nem http:// vagy https:// kezdetű URL: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown authentication &apos;%1&apos;; use none, basic, bearer or header:NAME.</source>
        <translation>Ismeretlen hitelesítési mód: &apos;%1&apos;; használható: none, basic, bearer vagy header:NÉV.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or xml.</source>
        <translation>Ismeretlen formátum: &apos;%1&apos;; használható: json vagy xml.</translation>
    </message>
    <message>
        <source>%1 speaks only %2; --format applies to VirtualPOS and Webshippy.</source>
        <translation>%1 csak %2 formátumot ismer; a --format a VirtualPOS-ra és a Webshippyre vonatkozik.</translation>
    </message>
    <message>
        <source>On the command line that is --allow-insecure-http, for a server on a network you trust.</source>
        <translation>Parancssorban erre a --allow-insecure-http kapcsoló szolgál, megbízható hálózaton lévő szerverhez.</translation>
    </message>
    <message>
        <source>Secret for profile &apos;%1&apos;: </source>
        <translation>Jelszó/kulcs ehhez a profilhoz (&apos;%1&apos;): </translation>
    </message>
    <message>
        <source>No secret arrived on standard input.</source>
        <translation>Nem érkezett jelszó/kulcs a szabványos bemeneten.</translation>
    </message>
    <message>
        <source>Give the new profile exactly one name: &apos;profile add NAME --service S --url URL&apos;.</source>
        <translation>Pontosan egy nevet adjon az új profilnak: &apos;profile add NÉV --service S --url URL&apos;.</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already; remove it first or choose another name.</source>
        <translation>Már létezik &apos;%1&apos; nevű profil; előbb távolítsa el, vagy válasszon másik nevet.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>A profilt nem sikerült menteni.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; saved (%2, %3).</source>
        <translation>Profil mentve: &apos;%1&apos; (%2, %3).</translation>
    </message>
    <message>
        <source>No secret was stored. Store one with &apos;profile set-secret %1&apos;, or pass it with --secret-env VARIABLE.</source>
        <translation>Nincs mentett jelszó/kulcs. Mentse el a &apos;profile set-secret %1&apos; paranccsal, vagy adja át a --secret-env VÁLTOZÓ kapcsolóval.</translation>
    </message>
    <message>
        <source>Secret for profile &apos;%1&apos; stored.</source>
        <translation>A jelszó/kulcs mentve ehhez a profilhoz: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The secret is in the keychain.</source>
        <translation>A jelszó/kulcs a jelszótárolóban van.</translation>
    </message>
    <message>
        <source>&apos;profile list&apos; takes no further words.</source>
        <translation>A &apos;profile list&apos; parancs után nem állhat több szó.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &apos;profile add NAME --service S --url URL&apos;.</source>
        <translation>Még nincs profil. Újat a &apos;profile add NÉV --service S --url URL&apos; paranccsal vehet fel.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÉV</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SZOLGÁLTATÁS</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>HITELESÍTÉS</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁTUM</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>FELHASZNÁLÓ</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>a jelszótárolóban van</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>nincs mentett jelszó/kulcs</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Név:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Szolgáltatás:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Hitelesítés:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Felhasználó:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formátum:</translation>
    </message>
    <message>
        <source>Plain http:</source>
        <translation>Titkosítatlan http:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>engedélyezve</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Jelszó/kulcs:</translation>
    </message>
    <message>
        <source>Name the one profile to remove: &apos;profile remove NAME&apos;.</source>
        <translation>Adjon meg pontosan egy eltávolítandó profilt: &apos;profile remove NÉV&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>Profil eltávolítva: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; works. %2</source>
        <translation>A profil működik (&apos;%1&apos;). %2</translation>
    </message>
    <message>
        <source>--pin-sha256 takes the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>A --pin-sha256 értéke a tanúsítvány SHA-256-ujjlenyomata: 64 hexadecimális számjegy, kettőspont megengedett.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was saved without its secret. Store it later with &apos;profile set-secret %1&apos;, or pass it with --secret-env VARIABLE.</source>
        <translation>A profil (&apos;%1&apos;) jelszó/kulcs nélkül lett mentve. Később mentse el a &apos;profile set-secret %1&apos; paranccsal, vagy adja át a --secret-env VÁLTOZÓ kapcsolóval.</translation>
    </message>
    <message>
        <source>The secret for &apos;%1&apos; was not stored. For unattended runs pass it with --secret-env VARIABLE.</source>
        <translation>A jelszó/kulcs nem lett mentve ehhez: &apos;%1&apos;. Felügyelet nélküli futtatáshoz adja át a --secret-env VÁLTOZÓ kapcsolóval.</translation>
    </message>
    <message>
        <source>Give the fingerprint with --pin-sha256 HEX, or --pin-sha256 none to trust no extra certificate.</source>
        <translation>Adja meg így: --pin-sha256 UJJLENYOMAT, vagy így: --pin-sha256 none, ha nem szeretne további tanúsítványt megbízhatóként elfogadni.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; trusts no extra certificate.</source>
        <translation>A profil (&apos;%1&apos;) nem fogad el megbízhatóként további tanúsítványt.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; trusts the certificate with SHA-256 fingerprint %2.</source>
        <translation>A profil (&apos;%1&apos;) megbízhatóként elfogadja azt a tanúsítványt, amelynek SHA-256-ujjlenyomata: %2.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>ismeretlen: %1</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; is still in the keychain (service &quot;%2&quot;, key &quot;profile:%3&quot;).</source>
        <translation>A jelszó/kulcs (&apos;%1&apos;) továbbra is a jelszótárolóban van (szolgáltatás: „%2”, kulcs: „profile:%3”).</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Megbízható tanúsítvány:</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>Kínálja:</translation>
    </message>
    <message>
        <source>Not offered:</source>
        <translation>Nem elérhető:</translation>
    </message>
    <message>
        <source>%1 (named in the service&apos;s document but not described)</source>
        <translation>%1 (a szolgáltatás dokumentációja említi, de nem írja le)</translation>
    </message>
    <message>
        <source>Give the profile, the status code and its name, e.g. &apos;profile set-status-name shop 61 &quot;In Bearbeitung&quot;&apos;; an empty name (&quot;&quot;) removes it.</source>
        <translation>Adja meg a profilt, az állapotkódot és a nevét, pl. &apos;profile set-status-name shop 61 &quot;Feldolgozás alatt&quot;&apos;; üres név (&quot;&quot;) törli.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status code: give the code as the shop sends it, e.g. 61.</source>
        <translation>&apos;%1&apos; nem állapotkód: adja meg a kódot úgy, ahogy a bolt küldi, pl. 61.</translation>
    </message>
    <message>
        <source>A status name has at most 80 characters.</source>
        <translation>Egy állapotnév legfeljebb 80 karakter lehet.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; shows the status %2 as its number.</source>
        <translation>A(z) &apos;%1&apos; profil a(z) %2 állapotot számként mutatja.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; shows the status %2 as &quot;%3&quot;.</source>
        <translation>A(z) &apos;%1&apos; profil a(z) %2 állapotot így mutatja: „%3”.</translation>
    </message>
    <message>
        <source>Give app, none, or the proxy as http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT, e.g. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;.</source>
        <translation>Adja meg: app, none, vagy a proxyt http://[FELHASZNÁLÓ@]GÉP:PORT ill. socks5://[FELHASZNÁLÓ@]GÉP:PORT alakban, pl. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;.</translation>
    </message>
    <message>
        <source>A proxy password cannot be given on the command line. A proxy that asks for one is set in the application&apos;s settings, for all profiles.</source>
        <translation>Proxyjelszót nem lehet a parancssorban megadni. A jelszót kérő proxyt az alkalmazás beállításaiban kell megadni, minden profilhoz.</translation>
    </message>
    <message>
        <source>This is not a proxy.</source>
        <translation>Ez nem proxy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy.</source>
        <translation>A(z) &apos;%1&apos; nem proxy.</translation>
    </message>
    <message>
        <source>A profile cannot choose the system&apos;s proxy itself: &apos;app&apos; uses the application&apos;s setting, which can be the system&apos;s.</source>
        <translation>Egy profil nem választhatja maga a rendszer proxyját: az &apos;app&apos; az alkalmazás beállítását használja, ami lehet a rendszeré.</translation>
    </message>
    <message>
        <source>Give the profile and its proxy, e.g. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;, &apos;profile set-proxy shop none&apos; or &apos;profile set-proxy shop app&apos;.</source>
        <translation>Adja meg a profilt és a proxyját, pl. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;, &apos;profile set-proxy shop none&apos; vagy &apos;profile set-proxy shop app&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; connects through the proxy %2.</source>
        <translation>A(z) &apos;%1&apos; profil a(z) %2 proxyn keresztül kapcsolódik.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; connects directly, without a proxy.</source>
        <translation>A(z) &apos;%1&apos; profil közvetlenül, proxy nélkül kapcsolódik.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; uses the application&apos;s proxy setting.</source>
        <translation>A(z) &apos;%1&apos; profil az alkalmazás proxybeállítását használja.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProfileResolver</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. &apos;profile list&apos; shows the profiles.</source>
        <translation>Nincs &apos;%1&apos; nevű profil. A &apos;profile list&apos; megmutatja a profilokat.</translation>
    </message>
    <message>
        <source>There is no profile yet. Add one with &apos;profile add&apos;.</source>
        <translation>Még nincs profil. Újat a &apos;profile add&apos; paranccsal vehet fel.</translation>
    </message>
    <message>
        <source>There are %1 profiles; choose one with --profile NAME.</source>
        <translation>Több profil van (%1); válasszon egyet a --profile NÉV kapcsolóval.</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --secret-env is not set or is empty.</source>
        <translation>A --secret-env kapcsolóval megadott környezeti változó (%1) nincs beállítva, vagy üres.</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;. Store one with &apos;profile set-secret %1&apos; (it reads standard input), or pass it with --secret-env VARIABLE.</source>
        <translation>Ehhez a profilhoz nincs mentett jelszó/kulcs: &apos;%1&apos;. Mentse el a &apos;profile set-secret %1&apos; paranccsal (a szabványos bemenetről olvas), vagy adja át a --secret-env VÁLTOZÓ kapcsolóval.</translation>
    </message>
    <message>
        <source>There is no secret for profile &apos;%1&apos;: %2 For unattended runs pass it with --secret-env VARIABLE.</source>
        <translation>Ehhez a profilhoz nincs jelszó/kulcs (&apos;%1&apos;): %2 Felügyelet nélküli futtatáshoz adja át a --secret-env VÁLTOZÓ kapcsolóval.</translation>
    </message>
    <message>
        <source>This version of Kontor cannot talk to %1.</source>
        <translation>A Kontor ezen verziója nem tud kommunikálni ezzel a szolgáltatással: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ReadCommands</name>
    <message>
        <source>Try %1.</source>
        <translation>Próbálja ezt: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> vagy </translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>A --limit értéke 1 és %1 közötti egész szám lehet.</translation>
    </message>
    <message>
        <source>No categories.</source>
        <translation>Nincsenek kategóriák.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>AZONOSÍTÓ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÉV</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Nincsenek rendelések.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>SZÁM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÁLLAPOT</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>FIZETVE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>LÉTREHOZVA</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>ÖSSZEG</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>VÁSÁRLÓ</translation>
    </message>
    <message>
        <source>No products.</source>
        <translation>Nincsenek termékek.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>CIKKSZÁM</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VÁLTOZAT</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>ÁR</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>PÉNZNEM</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>MENNYISÉG</translation>
    </message>
    <message>
        <source>BARCODE</source>
        <translation>VONALKÓD</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile. %3</source>
        <translation>Ez a profil (&apos;%1&apos;) ehhez a szolgáltatáshoz tartozik: %2. %3</translation>
    </message>
    <message>
        <source>--page-size takes a whole number from 1 to %1.</source>
        <translation>A --page-size 1 és %1 közötti egész számot vár.</translation>
    </message>
    <message>
        <source>--%1 filters %2 orders; the profile &apos;%3&apos; is a %4 profile.</source>
        <translation>A --%1 %2-rendeléseket szűr; a(z) &apos;%3&apos; profil %4-profil.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>A --%1 dátumot vár ÉÉÉÉ-HH-NN alakban, pl. 2026-11-01.</translation>
    </message>
    <message>
        <source>--paid takes 1 (paid) or 0 (not paid).</source>
        <translation>A --paid értéke 1 (fizetve) vagy 0 (nincs fizetve).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>A --%1 egész számot vár.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>A --%1 értéket vár.</translation>
    </message>
    <message>
        <source>%1 orders read (%2 pages)…</source>
        <translation>%1 rendelés beolvasva (%2 oldal)…</translation>
    </message>
    <message>
        <source>Give one order, e.g. &apos;orders show PL1572&apos;.</source>
        <translation>Adjon meg egy rendelést, pl. &apos;orders show PL1572&apos;.</translation>
    </message>
    <message>
        <source>VirtualPOS does not list an order %1. Check the id or number.</source>
        <translation>A VirtualPOS nem listáz %1 rendelést. Ellenőrizze az azonosítót vagy a számot.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>MEZŐ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ÉRTÉK</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POZ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TÍPUS</translation>
    </message>
    <message>
        <source>--csv needs the name of the file to write.</source>
        <translation>A --csv után meg kell adni a kiírandó fájl nevét.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÁLLAPOT</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktív</translation>
    </message>
    <message>
        <source>Could not write the file %1: %2.</source>
        <translation>A(z) %1 fájl nem írható: %2.</translation>
    </message>
    <message>
        <source>Rows written to %1: %2.</source>
        <extracomment>How many orders (%2, a number) went into the CSV file %1.</extracomment>
        <translation>A(z) %1 fájlba írt sorok száma: %2.</translation>
    </message>
    <message>
        <source>--since takes a time as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, e.g. 2026-11-01 08:00:00.</source>
        <translation>A --since ÉÉÉÉ-HH-NN vagy ÉÉÉÉ-HH-NN ÓÓ:PP:MM alakú időt vár, pl. 2026-11-01 08:00:00.</translation>
    </message>
    <message>
        <source>--invoice-status takes invoiced, uninvoiced or error; &quot;%1&quot; is none of them.</source>
        <translation>A --invoice-status értéke invoiced, uninvoiced vagy error lehet; „%1” egyik sem.</translation>
    </message>
    <message>
        <source>--role takes supplier or retailer; &quot;%1&quot; is neither.</source>
        <translation>A --role értéke supplier vagy retailer lehet; „%1” egyik sem.</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2026-11-01; &quot;%2&quot; is not one.</source>
        <translation>A --%1 egy napot vár ÉÉÉÉ-HH-NN alakban, pl. 2026-11-01; „%2” nem az.</translation>
    </message>
    <message>
        <source>No transactions.</source>
        <translation>Nincs tranzakció.</translation>
    </message>
    <message>
        <source>TRANSACTION</source>
        <translation>TRANZAKCIÓ</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DÁTUM</translation>
    </message>
    <message>
        <source>SUPPLIER</source>
        <translation>BESZÁLLÍTÓ</translation>
    </message>
    <message>
        <source>RETAILER</source>
        <translation>KISKERESKEDŐ</translation>
    </message>
    <message>
        <source>PAYMENT</source>
        <translation>FIZETÉS</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>SZÁMLA</translation>
    </message>
    <message>
        <source>INVOICE NUMBER</source>
        <translation>SZÁMLASZÁM</translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation>TERMÉKEK</translation>
    </message>
</context>
<context>
    <name>kontor::cli::WriteCommands</name>
    <message>
        <source>Give the order code and the new status code, e.g. &apos;orders set-status 2025-0042 137&apos;.</source>
        <translation>Adja meg a rendelés kódját és az új állapotkódot, pl. &apos;orders set-status 2025-0042 137&apos;.</translation>
    </message>
    <message>
        <source>--method takes put or patch.</source>
        <translation>A --method értéke put vagy patch lehet.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; only Printlounge lets Kontor change an order&apos;s status.</source>
        <translation>A(z) &apos;%1&apos; profil %2-profil; rendelés állapotát a Kontor csak a Printlounge-ban tudja módosítani.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code. Printlounge&apos;s statuses are numbers, such as 61 or 137.</source>
        <translation>„%1” nem állapotkód. A Printlounge állapotai számok, például 61 vagy 137.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>A Kontor nem tud kommunikálni ezzel a szolgáltatással.</translation>
    </message>
    <message>
        <source>&apos;audit list&apos; takes no further words; use --since DATE.</source>
        <translation>Az &apos;audit list&apos; nem vár további szavakat; használja a --since DÁTUM kapcsolót.</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>A --since dátumot vár ÉÉÉÉ-HH-NN alakban, pl. 2026-11-01.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Nincs rögzített változás.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>MIKOR</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CÉL</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>VÁLTOZÁS</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>EREDMÉNY</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>ÜZENET</translation>
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
        <translation>%1 üres választ küldött. Próbálja újra később; ha továbbra is előfordul, jelezze a szolgáltatás ügyfélszolgálatának.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to its website rather than its interface.</source>
        <translation>%1 adatok helyett weboldallal válaszolt. Lehet, hogy a szolgáltatás karbantartás miatt nem érhető el, vagy a profilban megadott cím a webhelyére mutat, nem az API-jára.</translation>
    </message>
    <message>
        <source>%1 sent an answer Kontor cannot read: it is nested too deeply. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 olyan választ küldött, amelyet a Kontor nem tud beolvasni: túl mélyen egymásba ágyazott. Ha ez továbbra is előfordul, jelezze a szolgáltatás ügyfélszolgálatának.</translation>
    </message>
    <message>
        <source>%1&apos;s answer ended too early; it looks cut off. Try again; if it keeps happening, the connection or the service has trouble.</source>
        <translation>%1 válasza túl korán véget ért; csonkának tűnik. Próbálja újra; ha továbbra is előfordul, a kapcsolattal vagy a szolgáltatással van gond.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON, so Kontor cannot read it. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 olyan választ küldött, amely nem érvényes JSON, ezért a Kontor nem tudja beolvasni. Ha ez továbbra is előfordul, jelezze a szolgáltatás ügyfélszolgálatának.</translation>
    </message>
    <message>
        <source>%1 sent an answer in a form Kontor does not expect, so it cannot be shown. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 olyan formában küldött választ, amelyre a Kontor nem számít, ezért nem jeleníthető meg. Ha ez továbbra is előfordul, jelezze a szolgáltatás ügyfélszolgálatának.</translation>
    </message>
</context>
<context>
    <name>kontor::codec::XmlTree</name>
    <message>
        <source>%1 sent an empty answer. Try again later; if it keeps happening, tell the service&apos;s support.</source>
        <translation>%1 üres választ küldött. Próbálja újra később; ha továbbra is előfordul, jelezze a szolgáltatás ügyfélszolgálatának.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to its website rather than its interface.</source>
        <translation>%1 adatok helyett weboldallal válaszolt. Lehet, hogy a szolgáltatás karbantartás miatt nem érhető el, vagy a profilban megadott cím a webhelyére mutat, nem az API-jára.</translation>
    </message>
    <message>
        <source>%1&apos;s answer ended too early; it looks cut off. Try again; if it keeps happening, the connection or the service has trouble.</source>
        <translation>%1 válasza túl korán véget ért; csonkának tűnik. Próbálja újra; ha továbbra is előfordul, a kapcsolattal vagy a szolgáltatással van gond.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid XML, so Kontor cannot read it. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 olyan választ küldött, amely nem érvényes XML, ezért a Kontor nem tudja beolvasni. Ha ez továbbra is előfordul, jelezze a szolgáltatás ügyfélszolgálatának.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Verzió: %1</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Felhasznált összetevők:</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Kontor authors. Kontor is free software under the %1 licence and comes with no warranty; the LICENSE file has the full text.</source>
        <translation>Copyright © 2026 a Kontor szerzői. A Kontor szabad szoftver a(z) %1 licenc alatt, mindenféle garancia nélkül; a teljes szöveg a LICENSE fájlban olvasható.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::AllOrdersView</name>
    <message>
        <source>All orders</source>
        <translation>Összes rendelés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>A látható sorok mentése CSV-fájlba táblázatkezelőhöz (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Load again from every profile (F5)</source>
        <translation>Újratöltés az összes profilból (F5)</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Megjelenítendő oszlopok</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays in the list</source>
        <translation>Betöltés leállítása; ami megérkezett, a listában marad</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportálás CSV-be</translation>
    </message>
    <message>
        <source>This service has no order list in Kontor.</source>
        <translation>Ehhez a szolgáltatáshoz a Kontorban nincs rendeléslista.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Not every profile could be read. %1</source>
        <translation>Nem minden profilt sikerült beolvasni. %1</translation>
    </message>
    <message>
        <source>Loading orders from %1 profiles: %2 so far…</source>
        <translation>Rendelések betöltése %1 profilból: eddig %2…</translation>
    </message>
    <message>
        <source>No profile with orders yet. Create one, or try the demo.</source>
        <translation>Még nincs olyan profil, amelyből rendelések tölthetők be. Hozzon létre egyet, vagy próbálja ki a demót.</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Rendelések betöltése…</translation>
    </message>
    <message>
        <source>None of the profiles has orders to show.</source>
        <translation>Egyik profilban sincs megjeleníthető rendelés.</translation>
    </message>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Egyetlen rendelés sem felel meg ennek: „%1”.</translation>
    </message>
    <message>
        <source>Orders shown: %1</source>
        <translation>Megjelenített rendelések: %1</translation>
    </message>
    <message>
        <source> · from %1 profiles</source>
        <translation> · %1 profilból</translation>
    </message>
    <message>
        <source>all-orders</source>
        <translation>osszes-rendeles</translation>
    </message>
    <message>
        <source>Search orders…</source>
        <translation>Rendelések keresése…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rendelések keresése</translation>
    </message>
    <message>
        <source>Show only the loaded orders whose number, status, date, amount, customer, item names or source contain this text</source>
        <translation>Csak azokat a betöltött rendeléseket mutatja, amelyek számában, állapotában, dátumában, összegében, vevőjében, tételneveiben vagy forrásában szerepel ez a szöveg</translation>
    </message>
    <message>
        <source>Orders matching the search: %1 of %2</source>
        <translation>A keresésnek megfelelő rendelések: %1 / %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::BundleForm</name>
    <message>
        <source>New bundle — %1</source>
        <translation>Új csomag — %1</translation>
    </message>
    <message>
        <source>Create bundle…</source>
        <translation>Csomag létrehozása…</translation>
    </message>
    <message>
        <source>e.g. Summer starter pack</source>
        <translation>pl. Nyári kezdőcsomag</translation>
    </message>
    <message>
        <source>e.g. 5000 or 12.10</source>
        <translation>pl. 5000 vagy 12.10</translation>
    </message>
    <message>
        <source>Type part of a SKU or a name</source>
        <translation>Írja be egy SKU vagy név részét</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Unit net price</source>
        <translation>Nettó egységár</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Sorösszeg</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Products in the bundle</source>
        <translation>Termékek a csomagban</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Talált termékek</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Termékek betöltése…</translation>
    </message>
    <message>
        <source>The products could not be loaded: %1</source>
        <translation>A termékeket nem sikerült betölteni: %1</translation>
    </message>
    <message>
        <source>Loading products… %1 so far</source>
        <translation>Termékek betöltése… eddig %1</translation>
    </message>
    <message>
        <source>Products in the shop: %1</source>
        <translation>Termékek a boltban: %1</translation>
    </message>
    <message>
        <source>this service has no product list.</source>
        <translation>ennek a szolgáltatásnak nincs terméklistája.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>%1 mennyisége</translation>
    </message>
    <message>
        <source>Remove %1 from the bundle</source>
        <translation>%1 eltávolítása a csomagból</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>nincs ár</translation>
    </message>
    <message>
        <source>No products yet: find them on the left and add them.</source>
        <translation>Még nincs termék: keresse meg őket balra, és adja hozzá.</translation>
    </message>
    <message>
        <source>The products are priced in different currencies (%1): they are not added up.</source>
        <translation>A termékek ára különböző pénznemekben van (%1): nem adódnak össze.</translation>
    </message>
    <message>
        <source>Parts&apos; total at their own prices: %1</source>
        <translation>A részek összege saját árukon: %1</translation>
    </message>
    <message>
        <source>Parts&apos; total at their own prices: %1 (some products have no price)</source>
        <translation>A részek összege saját árukon: %1 (néhány terméknek nincs ára)</translation>
    </message>
    <message>
        <source>Type the bundle&apos;s net price to compare it with the parts&apos; total.</source>
        <translation>Írja be a csomag nettó árát, hogy összevesse a részek összegével.</translation>
    </message>
    <message>
        <source>Bundle price %1; the products are priced in %2, so the two are not compared.</source>
        <translation>Csomagár %1; a termékek ára %2 pénznemben van, ezért nincs összevetés.</translation>
    </message>
    <message>
        <source>Bundle price %1 — the same as the parts&apos; total</source>
        <translation>Csomagár %1 — megegyezik a részek összegével</translation>
    </message>
    <message>
        <source>Bundle price %1 — %2 below the parts&apos; total</source>
        <translation>Csomagár %1 — %2 a részek összege alatt</translation>
    </message>
    <message>
        <source>Bundle price %1 — %2 above the parts&apos; total</source>
        <translation>Csomagár %1 — %2 a részek összege felett</translation>
    </message>
    <message>
        <source>Create bundle</source>
        <translation>Csomag létrehozása</translation>
    </message>
    <message>
        <source>This is the request Webshippy &apos;%1&apos; will receive. Nothing is sent until you press Send.</source>
        <translation>Ezt a kérést kapja a(z) „%1” Webshippy. Semmi nem megy el, amíg meg nem nyomja a Küldés gombot.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Creating bundle %1…</source>
        <translation>A(z) %1 csomag létrehozása…</translation>
    </message>
    <message>
        <source>Bundles are Webshippy&apos;s; this profile is not.</source>
        <translation>Csomagok a Webshippyben vannak; ez a profil nem az.</translation>
    </message>
    <message>
        <source>Bundle %1 created (Webshippy id %2).</source>
        <translation>A(z) %1 csomag létrejött (Webshippy-azonosító: %2).</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>Az előzmények nem tudták rögzíteni: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Folyamatban</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CardForm</name>
    <message>
        <source>Discount card — %1</source>
        <translation>Kedvezménykártya — %1</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(változatlanul hagyni)</translation>
    </message>
    <message>
        <source>Plastic card</source>
        <translation>Műanyag kártya</translation>
    </message>
    <message>
        <source>Magnetic stripe card</source>
        <translation>Mágnescsíkos kártya</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Alkalmazás</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Letiltva</translation>
    </message>
    <message>
        <source>The shop makes this barcode from the card number: the number padded with zeros to 12 digits and a check digit.</source>
        <translation>A bolt ezt a vonalkódot a kártyaszámból képzi: a szám nullákkal 12 jegyre kiegészítve, plusz egy ellenőrző számjegy.</translation>
    </message>
    <message>
        <source>Delete the card the key finds (asks first)</source>
        <translation>A kulccsal megtalált kártya törlése (előtte rákérdez)</translation>
    </message>
    <message>
        <source>Printed on the card as shown; the shop makes the same code.</source>
        <translation>Így kerül a kártyára; a bolt ugyanezt a kódot képzi.</translation>
    </message>
    <message>
        <source>Type the card number to see its barcode.</source>
        <translation>Írja be a kártyaszámot a vonalkód megtekintéséhez.</translation>
    </message>
    <message>
        <source>The card number must be 1 to 12 digits to make a barcode.</source>
        <translation>Vonalkódhoz a kártyaszám 1–12 számjegyből álljon.</translation>
    </message>
    <message>
        <source>To change or delete a card, give one key that finds it.</source>
        <translation>Kártya módosításához vagy törléséhez adjon meg egy kulcsot, amellyel megtalálható.</translation>
    </message>
    <message>
        <source>The shop will find the card by %1.</source>
        <translation>A bolt ezzel találja meg a kártyát: %1.</translation>
    </message>
    <message>
        <source>Create this card?</source>
        <translation>Létrehozza ezt a kártyát?</translation>
    </message>
    <message>
        <source>These fields will be sent to &apos;%1&apos; to create the card:</source>
        <translation>Ezek a mezők kerülnek elküldésre ide: „%1”, a kártya létrehozásához:</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Kártya létrehozása</translation>
    </message>
    <message>
        <source>Save the changes to this card?</source>
        <translation>Menti a kártya módosításait?</translation>
    </message>
    <message>
        <source>The shop will find the card by %1 and set these fields:</source>
        <translation>A bolt ezzel találja meg a kártyát: %1, és beállítja ezeket a mezőket:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Módosítások mentése</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Kártya törlése</translation>
    </message>
    <message>
        <source>Delete the card with %1 from &apos;%2&apos;? The shop removes it for good.</source>
        <translation>Törli a kártyát (%1) innen: „%2”? A bolt véglegesen eltávolítja.</translation>
    </message>
    <message>
        <source>Deleting the card in &apos;%1&apos;…</source>
        <translation>Kártya törlése itt: „%1”…</translation>
    </message>
    <message>
        <source>Sending the card to &apos;%1&apos;…</source>
        <translation>Kártya küldése ide: „%1”…</translation>
    </message>
    <message>
        <source>This profile is not a VirtualPOS profile; cards are kept there.</source>
        <translation>Ez nem VirtualPOS-profil; a kártyák ott vannak.</translation>
    </message>
    <message>
        <source>The card with %1 was deleted.</source>
        <translation>A kártya (%1) törölve.</translation>
    </message>
    <message>
        <source>Card %1 created.</source>
        <translation>A(z) %1 kártya létrejött.</translation>
    </message>
    <message>
        <source>Card %1 saved.</source>
        <translation>A(z) %1 kártya mentve.</translation>
    </message>
    <message>
        <source>It could not be written to the history: %1</source>
        <translation>Nem sikerült az előzményekbe írni: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CategoriesTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktív</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(névtelen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CategoriesView</name>
    <message>
        <source>Filter categories…</source>
        <translation>Kategóriák szűrése…</translation>
    </message>
    <message>
        <source>Shows the categories whose name or ID contains the text, with the categories above them</source>
        <translation>Azokat a kategóriákat mutatja, amelyek nevében vagy azonosítójában szerepel a szöveg, a fölöttük lévő kategóriákkal együtt</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Összes kibontása</translation>
    </message>
    <message>
        <source>Open every branch of the tree</source>
        <translation>A fa összes ágának kibontása</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Load the categories again from the service</source>
        <translation>A kategóriák újratöltése a szolgáltatásból</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategóriák</translation>
    </message>
    <message>
        <source>Categories of &apos;%1&apos;</source>
        <translation>Kategóriák: „%1”</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Nincs kijelölt profil</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Válasszon egy profilt a bal oldalon.</translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation>Kategóriák betöltése…</translation>
    </message>
    <message>
        <source>Loading categories from &apos;%1&apos;…</source>
        <translation>Kategóriák betöltése innen: „%1”…</translation>
    </message>
    <message>
        <source>This service has no categories in Kontor.</source>
        <translation>Ehhez a szolgáltatáshoz a Kontorban nincsenek kategóriák.</translation>
    </message>
    <message>
        <source>The categories could not be loaded again. %1</source>
        <translation>A kategóriákat nem sikerült újratölteni. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>No categories yet</source>
        <translation>Még nincsenek kategóriák</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no product categories.</source>
        <translation>Nincsenek termékkategóriák itt: „%1”.</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Tanúsítvány ellenőrzése…</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil szerkesztése…</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the service.</source>
        <translation>Hiba történt a szolgáltatással való kommunikáció közben.</translation>
    </message>
    <message>
        <source>The categories could not be loaded</source>
        <translation>A kategóriákat nem sikerült betölteni</translation>
    </message>
    <message>
        <source>Categories: %1, inactive: %2</source>
        <translation>Kategóriák: %1, ebből inaktív: %2</translation>
    </message>
    <message>
        <source>Categories shown with the filter: %1 of %2</source>
        <translation>A szűrővel megjelenített kategóriák: %1 (összesen %2)</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Tanúsítvány: %1</translation>
    </message>
    <message>
        <source>Kontor could not verify the certificate that %1 presented for the profile &apos;%2&apos;, so it did not connect.</source>
        <translation>A Kontor nem tudta ellenőrizni azt a tanúsítványt, amelyet %1 a(z) „%2” profilhoz bemutatott, ezért nem kapcsolódott.</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nincs megnevezve)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 és %2 között</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation>&amp;Megbízom ebben a tanúsítványban ennél a profilnál</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomerForm</name>
    <message>
        <source>Save customer…</source>
        <translation>Ügyfél mentése…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 1980-05-17</source>
        <translation>ÉÉÉÉ-HH-NN, pl. 1980-05-17</translation>
    </message>
    <message>
        <source>The group&apos;s name; a new name creates the group</source>
        <translation>A csoport neve; új név új csoportot hoz létre</translation>
    </message>
    <message>
        <source>When no customer has this id (or no id is given), VirtualPOS creates the customer</source>
        <translation>Ha egyetlen ügyfélnek sincs ilyen azonosítója (vagy nincs megadva), a VirtualPOS létrehozza az ügyfelet</translation>
    </message>
    <message>
        <source>Empty: VirtualPOS gives the new customer an id</source>
        <translation>Üres: a VirtualPOS ad azonosítót az új ügyfélnek</translation>
    </message>
    <message>
        <source>%1 — VirtualPOS computes it from the birth date; it is never sent</source>
        <translation>%1 — a VirtualPOS a születési dátumból számolja; sosem kerül elküldésre</translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation>%1 ügyfél — %2</translation>
    </message>
    <message>
        <source>New customer — %1</source>
        <translation>Új ügyfél — %1</translation>
    </message>
    <message>
        <source>Nothing has changed; there is nothing to send.</source>
        <translation>Semmi sem változott; nincs mit elküldeni.</translation>
    </message>
    <message>
        <source>Update customer %1</source>
        <translation>%1 ügyfél frissítése</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Ügyfél létrehozása</translation>
    </message>
    <message>
        <source>These fields will be sent to VirtualPOS &apos;%1&apos;. Nothing is sent until you press Send.</source>
        <translation>Ezek a mezők mennek a(z) „%1” VirtualPOS-nak. Semmi nem megy el, amíg meg nem nyomja a Küldés gombot.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Saving the customer…</source>
        <translation>Ügyfél mentése…</translation>
    </message>
    <message>
        <source>Customers are VirtualPOS&apos;s; this profile is not.</source>
        <translation>Ügyfelek a VirtualPOS-ban vannak; ez a profil nem az.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>A(z) %1 ügyfél létrejött.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>A(z) %1 ügyfél frissítve.</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>Az előzmények nem tudták rögzíteni: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Csoport</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Születési dátum</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Ügyfélazonosító</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomersView</name>
    <message>
        <source>Loading customers…</source>
        <translation>Ügyfelek betöltése…</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Még nincs ügyfél</translation>
    </message>
    <message>
        <source>The customers could not be loaded</source>
        <translation>Az ügyfeleket nem sikerült betölteni</translation>
    </message>
    <message>
        <source>More customers could not be loaded.</source>
        <translation>További ügyfeleket nem sikerült betölteni.</translation>
    </message>
    <message>
        <source>Search customers…</source>
        <translation>Ügyfelek keresése…</translation>
    </message>
    <message>
        <source>Show only the customers whose name, e-mail, phone or id contains this text</source>
        <translation>Csak azok az ügyfelek, akiknek a neve, e-mailje, telefonja vagy azonosítója tartalmazza ezt a szöveget</translation>
    </message>
    <message>
        <source>Load more customers</source>
        <translation>További ügyfelek betöltése</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>ugyfelek</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Új ügyfél…</translation>
    </message>
    <message>
        <source>Add a customer to this shop</source>
        <translation>Ügyfél hozzáadása ehhez a bolthoz</translation>
    </message>
    <message>
        <source>%1 — Customers</source>
        <translation>%1 — Ügyfelek</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;…</source>
        <translation>Ügyfelek betöltése innen: „%1”…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no customers yet. &quot;New customer…&quot; adds one.</source>
        <translation>„%1” még nem rendelkezik ügyféllel. Az „Új ügyfél…” felvesz egyet.</translation>
    </message>
    <message>
        <source>Customers shown: %1</source>
        <translation>Megjelenített ügyfelek: %1</translation>
    </message>
    <message>
        <source>Customers matching the search: %1 of %2</source>
        <translation>A keresésnek megfelelő ügyfelek: %1 / %2</translation>
    </message>
    <message>
        <source>Customers are listed for VirtualPOS profiles only.</source>
        <translation>Ügyfelek csak VirtualPOS-profiloknál listázhatók.</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;: %2 of %3…</source>
        <translation>Ügyfelek betöltése innen: „%1”: %2 / %3…</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;: %2 so far (page %3)…</source>
        <translation>Ügyfelek betöltése innen: „%1”: eddig %2 (%3. oldal)…</translation>
    </message>
</context>
<context>
    <name>kontor::gui::DemoSession</name>
    <message>
        <source>The demo could not start its built-in simulator.</source>
        <translation>A demó nem tudta elindítani a beépített szimulátort.</translation>
    </message>
    <message>
        <source>Demo Printlounge</source>
        <translation>Printlounge demó</translation>
    </message>
    <message>
        <source>Demo OmniSeller</source>
        <translation>OmniSeller demó</translation>
    </message>
    <message>
        <source>Demo VirtualPOS</source>
        <translation>VirtualPOS demó</translation>
    </message>
    <message>
        <source>Demo Webshippy</source>
        <translation>Webshippy demó</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Szállításra kész</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Fizetésre vár</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Felfüggesztve</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Elküldve</translation>
    </message>
</context>
<context>
    <name>kontor::gui::Ean13BarcodeWidget</name>
    <message>
        <source>Barcode</source>
        <translation>Vonalkód</translation>
    </message>
    <message>
        <source>No barcode</source>
        <translation>Nincs vonalkód</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Felhasználói útmutató</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Billentyűparancsok</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Naplómappa megnyitása</translation>
    </message>
    <message>
        <source>The folder with Kontor&apos;s log files, for your IT support. They hold no passwords or API keys.</source>
        <translation>A Kontor naplófájljainak mappája az informatikai támogatás számára. Nincs bennük jelszó vagy API-kulcs.</translation>
    </message>
    <message>
        <source>Kontor could not open the log folder. It is %1</source>
        <translation>A Kontor nem tudta megnyitni a naplómappát. Helye: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HistoryTableModel</name>
    <message>
        <source>Order status</source>
        <translation>Rendelés állapota</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Régi érték</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Új érték</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Üzenet</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HistoryView</name>
    <message>
        <source>History</source>
        <translation>Előzmények</translation>
    </message>
    <message>
        <source>Search the history…</source>
        <translation>Keresés az előzményekben…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Keresés az előzményekben</translation>
    </message>
    <message>
        <source>Show only changes whose profile, record, values, outcome or message contain this text</source>
        <translation>Csak azok a változások látszanak, amelyek profiljában, rekordjában, értékeiben, eredményében vagy üzenetében szerepel ez a szöveg</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>A látható sorok mentése CSV-fájlba táblázatkezelőhöz (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportálás CSV-be</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>Az előzményeket nem sikerült beolvasni. %1</translation>
    </message>
    <message>
        <source>No changes yet. Every change Kontor makes to a shop — a new order status, for example — is listed here with the shop&apos;s answer.</source>
        <translation>Még nincsenek változások. Minden változtatás, amelyet a Kontor egy webáruházban végez – például egy új rendelésállapot –, itt jelenik meg a webáruház válaszával együtt.</translation>
    </message>
    <message>
        <source>No change matches &quot;%1&quot;.</source>
        <translation>Egyetlen változás sem felel meg ennek: „%1”.</translation>
    </message>
    <message>
        <source>Changes matching the search: 0 of %1</source>
        <translation>A keresésnek megfelelő változások: 0 (összesen %1)</translation>
    </message>
    <message>
        <source>Changes recorded: %1</source>
        <translation>Rögzített változások: %1</translation>
    </message>
    <message>
        <source>Changes matching the search: %1 of %2</source>
        <translation>A keresésnek megfelelő változások: %1 (összesen %2)</translation>
    </message>
    <message>
        <source>history</source>
        <translation>elozmenyek</translation>
    </message>
</context>
<context>
    <name>kontor::gui::InvoiceMatchModel</name>
    <message>
        <source>Checking</source>
        <translation>Ellenőrzés</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nem küldve</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Sorban áll</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Küldés…</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Tárolva</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Már megvolt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Megerősítésre vár</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Válasszon…</translation>
    </message>
    <message>
        <source>Double-click to choose the transaction this invoice belongs to</source>
        <translation>Kattintson duplán a számlához tartozó tranzakció kiválasztásához</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Tranzakció</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Számlaszám</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémák</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Sikertelen: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Üzenet</translation>
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
        <translation>A profilokat nem sikerült menteni. %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profilok</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Új profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Új profil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demó kipróbálása</translation>
    </message>
    <message>
        <source>Add demo profiles connected to a built-in simulator of the four services</source>
        <translation>Demóprofilok hozzáadása, amelyek a négy szolgáltatás beépített szimulátorához kapcsolódnak</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Lista szűrése</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>A Kontor &amp;névjegye</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Fő eszköztár</translation>
    </message>
    <message>
        <source>Demo mode: the demo profiles talk to a simulator inside Kontor. Nothing you do there reaches a real shop, and they are gone when Kontor closes.</source>
        <translation>Demó mód: a demóprofilok a Kontorba épített szimulátorral kommunikálnak. Semmi, amit ott tesz, nem jut el valódi webáruházhoz, és a Kontor bezárásakor eltűnnek.</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Kontor cannot show lists for %1 yet. You can already check that this profile signs in.</source>
        <translation>A Kontor egyelőre nem tud listákat megjeleníteni ehhez a szolgáltatáshoz: %1. Azt azonban már ellenőrizheti, hogy a profillal sikerül-e bejelentkezni.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kapcsolat tesztelése</translation>
    </message>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Üdvözli a Kontor</translation>
    </message>
    <message>
        <source>Kontor shows the orders of your shop services in one place. Create a profile with your service&apos;s address and API key to begin, or try Kontor with simulated shops.</source>
        <translation>A Kontor egy helyen mutatja a webáruház-szolgáltatásai rendeléseit. Kezdésként hozzon létre egy profilt a szolgáltatás címével és API-kulcsával, vagy próbálja ki a Kontort szimulált webáruházakkal.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demó kipróbálása</translation>
    </message>
    <message>
        <source>Your system keychain is not available. Passwords you enter are kept only until Kontor closes.</source>
        <translation>A rendszer jelszótárolója nem érhető el. A beírt jelszavakat a Kontor csak a bezárásáig őrzi meg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http: its password or API key and its orders travel unencrypted, and anyone on the network can read them.</source>
        <translation>„%1” titkosítatlan http-t használ: a jelszó vagy az API-kulcs és a rendelések titkosítás nélkül haladnak át, így a hálózaton bárki elolvashatja őket.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil szerkesztése…</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nem elérhető)</translation>
    </message>
    <message>
        <source>%1 — not offered</source>
        <translation>%1 — nem elérhető</translation>
    </message>
    <message>
        <source>&amp;All orders</source>
        <translation>Összes &amp;rendelés</translation>
    </message>
    <message>
        <source>The orders of every profile in one list (Ctrl+Shift+A)</source>
        <translation>Az összes profil rendelései egy listában (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Előzmények</translation>
    </message>
    <message>
        <source>Every change Kontor made to a shop (Ctrl+H)</source>
        <translation>A Kontor által a webáruházakban végzett összes változtatás (Ctrl+H)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Áttekintés</translation>
    </message>
    <message>
        <source>%1 categories · updated %2</source>
        <translation>%1 kategória · frissítve: %2</translation>
    </message>
    <message>
        <source>%1 orders from every profile · updated %2</source>
        <translation>%1 rendelés az összes profilból · frissítve: %2</translation>
    </message>
    <message>
        <source>%1 changes recorded</source>
        <translation>%1 rögzített változás</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 orders have their new status. The History lists every change.</source>
        <translation>„%1”: %2 rendelés megkapta az új állapotát. Minden változás megtalálható az Előzmények nézetben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 orders changed, %3 not; the reasons are in the status window and the History.</source>
        <translation>„%1”: %2 rendelés módosult, %3 nem; az okok az állapotmódosítás ablakában és az Előzmények nézetben olvashatók.</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportálás CSV-be…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>A látható sorok mentése CSV-fájlba táblázatkezelőhöz (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Rendelések</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>All orders — Kontor</source>
        <translation>Összes rendelés — Kontor</translation>
    </message>
    <message>
        <source>History — Kontor</source>
        <translation>Előzmények — Kontor</translation>
    </message>
    <message>
        <source>%1 orders · updated %2</source>
        <translation>%1 rendelés · frissítve: %2</translation>
    </message>
    <message>
        <source>%1 products · updated %2</source>
        <translation>%1 termék · frissítve: %2</translation>
    </message>
    <message>
        <source>Discount cards of &apos;%1&apos;</source>
        <translation>„%1” kedvezménykártyái</translation>
    </message>
    <message>
        <source>VirtualPOS has no list of cards to read. Create a card here, or change, block or delete one you know by its card id, number, external id or barcode.</source>
        <translation>A VirtualPOS nem ad kártyalistát. Itt létrehozhat kártyát, vagy módosíthat, letilthat, törölhet egy ismertet az azonosítója, száma, külső azonosítója vagy vonalkódja alapján.</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>Új kártya…</translation>
    </message>
    <message>
        <source>Change or delete a card…</source>
        <translation>Kártya módosítása vagy törlése…</translation>
    </message>
    <message>
        <source>%1 customers · updated %2</source>
        <translation>%1 ügyfél · frissítve: %2</translation>
    </message>
    <message>
        <source>%1 transactions · updated %2</source>
        <translation>%1 tranzakció · frissítve: %2</translation>
    </message>
    <message>
        <source>&amp;Upload invoices…</source>
        <translation>Számlák &amp;feltöltése…</translation>
    </message>
    <message>
        <source>Upload invoice files to this shop&apos;s marketplace transactions</source>
        <translation>Számlafájlok feltöltése a bolt piactéri tranzakcióihoz</translation>
    </message>
    <message>
        <source>An upload of invoices to &apos;%1&apos; did not finish: %2 of %3 sent. &quot;Upload invoices…&quot; resumes it.</source>
        <translation>A(z) „%1” profilba indított számlafeltöltés nem fejeződött be: %2 / %3 elküldve. A „Számlák feltöltése…” folytatja.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Beállítások…</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Kérések</translation>
    </message>
    <message>
        <source>Every request Kontor sent in this session, secrets masked (Ctrl+Shift+R)</source>
        <translation>A Kontor minden kérése ebben a munkamenetben, a titkok maszkolva (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>kontor::gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Az üzenet bezárása</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Üzenet bezárása</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrderDetailPane</name>
    <message>
        <source>Delivery address</source>
        <translation>Szállítási cím</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Számlázási cím</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Fizetés</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Összegek</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dátumok</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Jelzők</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>fizetve</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>nincs fizetve</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>Close the order (Esc)</source>
        <translation>Rendelés bezárása (Esc)</translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation>Rendelés bezárása</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>A rendelés tételei</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>%1 rendelés</translation>
    </message>
    <message>
        <source>Loading the cart…</source>
        <translation>Kosár betöltése…</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Rendelés betöltése…</translation>
    </message>
    <message>
        <source>The full order could not be loaded: %1</source>
        <translation>A teljes rendelés nem tölthető be: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Cég</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Költséghely</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Országkód</translation>
    </message>
    <message>
        <source>Customer&apos;s order number</source>
        <translation>A vásárló rendelésszáma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Részleg</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Utónév</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Vezetéknév</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Utca</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Megszólítás</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Település</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Irányítószám</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>Belső azonosító</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Vásárlószám</translation>
    </message>
    <message>
        <source>Customer&apos;s user ID</source>
        <translation>A vásárló felhasználói azonosítója</translation>
    </message>
    <message>
        <source>Budget group user</source>
        <translation>Költségkeret-csoport felhasználója</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Rendelésszám</translation>
    </message>
    <message>
        <source>Order sequence number</source>
        <translation>Rendelés sorszáma</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Megrendelő</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Szállítási mód</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Item status</source>
        <translation>Tétel állapota</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Számlaszám</translation>
    </message>
    <message>
        <source>Own invoice number</source>
        <translation>Saját számlaszám</translation>
    </message>
    <message>
        <source>Own order number</source>
        <translation>Saját rendelésszám</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Kuponkód</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Csomagok</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Súly</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Feljegyzés</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Munka neve</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Szolgáltató</translation>
    </message>
    <message>
        <source>Service provider reference</source>
        <translation>Szolgáltatói azonosító</translation>
    </message>
    <message>
        <source>Service provider status</source>
        <translation>Szolgáltatói állapot</translation>
    </message>
    <message>
        <source>Cart table</source>
        <translation>Kosártábla</translation>
    </message>
    <message>
        <source>Print shop</source>
        <translation>Nyomda</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Jóváhagyta</translation>
    </message>
    <message>
        <source>Approval e-mail</source>
        <translation>Jóváhagyási e-mail</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>Jóváhagyási megjegyzés</translation>
    </message>
    <message>
        <source>Budget group</source>
        <translation>Költségkeret-csoport</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Költségkeret</translation>
    </message>
    <message>
        <source>Budget before</source>
        <translation>Költségkeret előtte</translation>
    </message>
    <message>
        <source>Budget booked</source>
        <translation>Költségkeret terhelése</translation>
    </message>
    <message>
        <source>Budget after</source>
        <translation>Költségkeret utána</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Létrehozva</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Fizetési mód</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Fizetési szolgáltató</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Bankkód</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Számlatulajdonos</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Fizetés dátuma</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Fizetve</translation>
    </message>
    <message>
        <source>Micropayment authorised</source>
        <translation>Mikrofizetés engedélyezve</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Végösszeg</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Bruttó összeg</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettó összeg</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ÁFA</translation>
    </message>
    <message>
        <source>Shipping charges</source>
        <translation>Szállítási díj</translation>
    </message>
    <message>
        <source>Express surcharge</source>
        <translation>Expresszfelár</translation>
    </message>
    <message>
        <source>Budget group discount</source>
        <translation>Költségkeret-csoport kedvezménye</translation>
    </message>
    <message>
        <source>Budget group discount amount</source>
        <translation>Költségkeret-csoport kedvezményének összege</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>ÁFA-t tartalmaz</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Nettó végösszeg</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Utoljára módosítva</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Nyomtatva</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Elküldve</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Emlékeztető elküldve</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Számla kelte</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Szállítási dátum</translation>
    </message>
    <message>
        <source>Express delivery</source>
        <translation>Expressz-szállítás</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Jóváhagyás szükséges</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Újrarendelés</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Postai kiküldés</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Emlékeztető küldése</translation>
    </message>
    <message>
        <source>Direct download</source>
        <translation>Közvetlen letöltés</translation>
    </message>
    <message>
        <source>PDF download only</source>
        <translation>Csak PDF-letöltés</translation>
    </message>
    <message>
        <source>Not calculated</source>
        <translation>Nincs kiszámítva</translation>
    </message>
    <message>
        <source>PDF order</source>
        <translation>PDF-rendelés</translation>
    </message>
    <message>
        <source>Print job</source>
        <translation>Nyomdai munka</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Megjelenítve</translation>
    </message>
    <message>
        <source>Called %1 by the service</source>
        <translation>A szolgáltatásban használt név: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrderFilterBar</name>
    <message>
        <source>Apply filters</source>
        <translation>Szűrők alkalmazása</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Szűrők törlése</translation>
    </message>
    <message>
        <source>Load the orders again, only those the shop finds with these filters</source>
        <translation>A rendelések újratöltése, csak azoké, amelyeket a bolt ezekkel a szűrőkkel talál</translation>
    </message>
    <message>
        <source>Load every order again, without filters</source>
        <translation>Minden rendelés újratöltése, szűrők nélkül</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Rendelés állapota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Fizetve</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Rendelésazonosító</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Külső azonosító</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ettől</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Eddig</translation>
    </message>
    <message>
        <source>Last days</source>
        <translation>Utolsó napok</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Bármely</translation>
    </message>
    <message>
        <source>Pick a status or type its code, e.g. 62</source>
        <translation>Válasszon állapotot, vagy írja be a kódját, pl. 62</translation>
    </message>
    <message>
        <source>Only the orders of the last days (VirtualPOS counts them from today)</source>
        <translation>Csak az utolsó napok rendelései (a VirtualPOS a mai naptól számolja)</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nincs fizetve</translation>
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
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>Order %1 (internal id %2)</source>
        <translation>Rendelés: %1 (belső azonosító: %2)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Fizetve</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Létrehozva</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrdersView</name>
    <message>
        <source>Loading orders…</source>
        <translation>Rendelések betöltése…</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Még nincsenek rendelések</translation>
    </message>
    <message>
        <source>The orders could not be loaded</source>
        <translation>A rendeléseket nem sikerült betölteni</translation>
    </message>
    <message>
        <source>More orders could not be loaded.</source>
        <translation>A további rendeléseket nem sikerült betölteni.</translation>
    </message>
    <message>
        <source>Load more orders</source>
        <translation>További rendelések betöltése</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Rendelések</translation>
    </message>
    <message>
        <source>%1 — Orders</source>
        <translation>%1 — Rendelések</translation>
    </message>
    <message>
        <source>Loading orders from &apos;%1&apos;…</source>
        <translation>Rendelések betöltése innen: „%1”…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no orders to show.</source>
        <translation>Nincs megjeleníthető rendelés itt: „%1”.</translation>
    </message>
    <message>
        <source>Orders shown: %1</source>
        <translation>Megjelenített rendelések: %1</translation>
    </message>
    <message>
        <source>This service has no order list in Kontor.</source>
        <translation>Ehhez a szolgáltatáshoz a Kontorban nincs rendeléslista.</translation>
    </message>
    <message>
        <source>Loading orders from &apos;%1&apos;: %2 so far (page %3)…</source>
        <translation>Rendelések betöltése innen: &apos;%1&apos;: eddig %2 (%3. oldal)…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>rendelesek</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Rendelés megnyitása</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Állapot módosítása…</translation>
    </message>
    <message>
        <source>Show the order with its items beside the list (Enter)</source>
        <translation>A rendelés megjelenítése a tételeivel a lista mellett (Enter)</translation>
    </message>
    <message>
        <source>Give the selected orders a new status (F2)</source>
        <translation>Új állapot megadása a kijelölt rendeléseknek (F2)</translation>
    </message>
    <message>
        <source>Only Printlounge lets Kontor change an order&apos;s status.</source>
        <translation>Rendelés állapotát a Kontor csak a Printlounge-ban tudja módosítani.</translation>
    </message>
    <message>
        <source>Search orders…</source>
        <translation>Rendelések keresése…</translation>
    </message>
    <message>
        <source>Show only the loaded orders whose number, status, date, amount, customer or item names contain this text</source>
        <translation>Csak azokat a betöltött rendeléseket mutatja, amelyek számában, állapotában, dátumában, összegében, vevőjében vagy tételneveiben szerepel ez a szöveg</translation>
    </message>
    <message>
        <source>Filters the shop applies before it sends the orders</source>
        <translation>Szűrők, amelyeket a bolt a rendelések elküldése előtt alkalmaz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no orders that match the filters (%2). Clear the filters to see every order.</source>
        <translation>A(z) „%1” profilban nincs a szűrőknek megfelelő rendelés (%2). Törölje a szűrőket, hogy minden rendelést lásson.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Szűrők</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Szűrők (%1)</translation>
    </message>
    <message>
        <source>Orders matching the search: %1 of %2</source>
        <translation>A keresésnek megfelelő rendelések: %1 / %2</translation>
    </message>
    <message>
        <source>loaded with the filters %1</source>
        <translation>betöltve ezekkel a szűrőkkel: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductForm</name>
    <message>
        <source>(not sent)</source>
        <translation>(nem kerül elküldésre)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>Now: %1. Webshippy shows a category by its names; type a code only to change it.</source>
        <translation>Most: %1. A Webshippy a kategóriát névvel mutatja; kódot csak módosításhoz írjon be.</translation>
    </message>
    <message>
        <source>The SKU is the product&apos;s key in Webshippy; it cannot change.</source>
        <translation>Az SKU a termék kulcsa a Webshippyben; nem változhat.</translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation>%1 termék — %2</translation>
    </message>
    <message>
        <source>New product — %1</source>
        <translation>Új termék — %1</translation>
    </message>
    <message>
        <source>These fields go to Webshippy for the product %1. Values that change are in bold.</source>
        <translation>Ezek a mezők mennek a Webshippynek a(z) %1 termékhez. A változó értékek félkövérek.</translation>
    </message>
    <message>
        <source>These fields go to Webshippy. If no product has the SKU %1 yet, it is created; if one has, that product is changed.</source>
        <translation>Ezek a mezők mennek a Webshippynek. Ha még nincs %1 SKU-jú termék, létrejön; ha van, az módosul.</translation>
    </message>
    <message>
        <source>Save product %1</source>
        <translation>%1 termék mentése</translation>
    </message>
    <message>
        <source>Send to Webshippy</source>
        <translation>Küldés a Webshippynek</translation>
    </message>
    <message>
        <source>Sending the product %1 to Webshippy…</source>
        <translation>A(z) %1 termék küldése a Webshippynek…</translation>
    </message>
    <message>
        <source>Products can be saved only in a Webshippy profile; &apos;%1&apos; is not one.</source>
        <translation>Termékeket csak Webshippy-profilban lehet menteni; „%1” nem az.</translation>
    </message>
    <message>
        <source>Webshippy created the product %1.</source>
        <translation>A Webshippy létrehozta a(z) %1 terméket.</translation>
    </message>
    <message>
        <source>Webshippy modified the product %1.</source>
        <translation>A Webshippy módosította a(z) %1 terméket.</translation>
    </message>
    <message>
        <source>Webshippy found no changes in the product %1; nothing was modified.</source>
        <translation>A Webshippy nem talált változást a(z) %1 terméken; semmi sem módosult.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductsTableModel</name>
    <message>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Változat</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Vonalkód</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Készlet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Frissítve</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductsView</name>
    <message>
        <source>Loading products…</source>
        <translation>Termékek betöltése…</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Még nincsenek termékek</translation>
    </message>
    <message>
        <source>The products could not be loaded</source>
        <translation>A termékeket nem sikerült betölteni</translation>
    </message>
    <message>
        <source>More products could not be loaded.</source>
        <translation>A további termékeket nem sikerült betölteni.</translation>
    </message>
    <message>
        <source>Filter products…</source>
        <translation>Termékek szűrése…</translation>
    </message>
    <message>
        <source>Show only products whose SKU, name, variant, barcode, price or stock contains this text</source>
        <translation>Csak azok a termékek látszanak, amelyek cikkszámában, nevében, változatában, vonalkódjában, árában vagy készletében szerepel ez a szöveg</translation>
    </message>
    <message>
        <source>Load more products</source>
        <translation>További termékek betöltése</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <source>%1 — Products</source>
        <translation>%1 — Termékek</translation>
    </message>
    <message>
        <source>Loading products from &apos;%1&apos;…</source>
        <translation>Termékek betöltése innen: „%1”…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no products to show.</source>
        <translation>Nincs megjeleníthető termék itt: „%1”.</translation>
    </message>
    <message>
        <source>Products shown: %1</source>
        <translation>Megjelenített termékek: %1</translation>
    </message>
    <message>
        <source>Products matching the filter: %1 of %2</source>
        <translation>A szűrőnek megfelelő termékek: %1 (összesen %2)</translation>
    </message>
    <message>
        <source>This service has no product list in Kontor yet.</source>
        <translation>Ehhez a szolgáltatáshoz a Kontorban még nincs terméklista.</translation>
    </message>
    <message>
        <source>products</source>
        <translation>termekek</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Új termék…</translation>
    </message>
    <message>
        <source>Create a product in Webshippy</source>
        <translation>Termék létrehozása a Webshippyben</translation>
    </message>
    <message>
        <source>The connection to the service was closed.</source>
        <translation>A kapcsolat a szolgáltatással megszakadt.</translation>
    </message>
    <message>
        <source>Loading products… %1 so far</source>
        <translation>Termékek betöltése… eddig %1</translation>
    </message>
    <message>
        <source>New bundle…</source>
        <translation>Új csomag…</translation>
    </message>
    <message>
        <source>Put products together as a bundle in Webshippy</source>
        <translation>Termékek csomagba foglalása a Webshippyben</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileActions</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Új profil…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eltávolítás…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kapcsolat &amp;tesztelése</translation>
    </message>
    <message>
        <source>Connect Kontor to another shop service</source>
        <translation>A Kontor összekapcsolása egy további webáruház-szolgáltatással</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Új profil</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the address, sign-in or timeouts of the selected profile</source>
        <translation>A kijelölt profil címének, bejelentkezési adatainak vagy időkorlátjainak módosítása</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Szerkesztés</translation>
    </message>
    <message>
        <source>Remove the selected profile and its stored password</source>
        <translation>A kijelölt profil és a hozzá mentett jelszó eltávolítása</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Sign in once to check that the selected profile works</source>
        <translation>Egyszeri bejelentkezés annak ellenőrzésére, hogy a kijelölt profil működik-e</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kapcsolat tesztelése</translation>
    </message>
    <message>
        <source>Demo profiles cannot be changed.</source>
        <translation>A demóprofilok nem módosíthatók.</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>A kijelölt profil szerkesztése</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>A kijelölt profil eltávolítása</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil eltávolítása</translation>
    </message>
    <message>
        <source>Remove the profile &apos;%1&apos;?</source>
        <translation>Eltávolítja ezt a profilt: „%1”?</translation>
    </message>
    <message>
        <source>Its password or API key is removed from the system keychain too. Your shop and its orders are not affected.</source>
        <translation>A hozzá tartozó jelszó vagy API-kulcs is törlődik a rendszer jelszótárolójából. A webáruházat és a rendeléseit ez nem érinti.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was removed, but its password could not be removed from the keychain: %2</source>
        <translation>A profil („%1”) eltávolítva, de a jelszavát nem sikerült törölni a jelszótárolóból: %2</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was removed.</source>
        <translation>Profil eltávolítva: „%1”.</translation>
    </message>
    <message>
        <source>Testing the connection to &apos;%1&apos;…</source>
        <translation>Kapcsolat tesztelése: „%1”…</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; works. %2</source>
        <translation>A kapcsolat működik: „%1”. %2</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; does not work. %2</source>
        <translation>A kapcsolat nem működik: „%1”. %2</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; was not tested. %2</source>
        <translation>A kapcsolat tesztelése elmaradt: „%1”. %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Új profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil mentése</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
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
        <translation>Kulcs egy megnevezett fejlécben</translation>
    </message>
    <message>
        <source>Edit profile &apos;%1&apos;</source>
        <translation>Profil szerkesztése: „%1”</translation>
    </message>
    <message>
        <source>Another profile is already called &apos;%1&apos;. Choose another name.</source>
        <translation>Egy másik profil neve már „%1”. Válasszon másik nevet.</translation>
    </message>
    <message>
        <source>Enter the password or API key your provider gave you.</source>
        <translation>Adja meg a szolgáltatótól kapott jelszót vagy API-kulcsot.</translation>
    </message>
    <message>
        <source>How the service sends its data. Leave JSON unless your provider says otherwise.</source>
        <translation>Milyen formában küldi a szolgáltatás az adatokat. Hagyja JSON-on, hacsak a szolgáltató mást nem mond.</translation>
    </message>
    <message>
        <source>%1 always sends JSON.</source>
        <translation>%1 mindig JSON formátumban küldi az adatokat.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nem szükséges</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>változatlan</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>A Kontor nem tud kommunikálni ezzel a szolgáltatással.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>A kapcsolat működik.</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>A kapcsolat működik. %1</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>A kapcsolatteszt sikertelen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Kapcsolat tesztelése…</translation>
    </message>
    <message>
        <source>The password or API key could not be saved, so the profile was not saved either: %1</source>
        <translation>A jelszót vagy az API-kulcsot nem sikerült menteni, ezért a profil sem lett mentve: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Mentés…</translation>
    </message>
    <message>
        <source>The trusted certificate must be given as its SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>A megbízható tanúsítványt az SHA-256-ujjlenyomatával kell megadni: 64 hexadecimális számjegy, kettőspont megengedett.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Állapotkód</translation>
    </message>
    <message>
        <source>Remove the selected status names</source>
        <translation>A kijelölt állapotnevek eltávolítása</translation>
    </message>
    <message>
        <source>PUT (default)</source>
        <translation>PUT (alapértelmezett)</translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation>PATCH</translation>
    </message>
    <message>
        <source>Row %1: enter the status code, a whole number such as 61.</source>
        <translation>%1. sor: adja meg az állapotkódot, egy egész számot, például 61-et.</translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is not a status code. Status codes are whole numbers, such as 61.</source>
        <translation>%1. sor: „%2” nem állapotkód. Az állapotkódok egész számok, például 61.</translation>
    </message>
    <message>
        <source>The status code %1 is named twice. Give each code one name.</source>
        <translation>A(z) %1 állapotkódnak több neve is van. Minden kódnak egy nevet adjon.</translation>
    </message>
    <message>
        <source>Row %1: give the status code %2 a name.</source>
        <translation>%1. sor: adjon nevet a(z) %2 állapotkódnak.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>Hide the password or key</source>
        <translation>Jelszó vagy kulcs elrejtése</translation>
    </message>
    <message>
        <source>Show the password or key</source>
        <translation>Jelszó vagy kulcs megjelenítése</translation>
    </message>
    <message>
        <source>Use the application&apos;s setting</source>
        <translation>Az alkalmazás beállítása szerint</translation>
    </message>
    <message>
        <source>No proxy (connect directly)</source>
        <translation>Nincs proxy (közvetlen kapcsolat)</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Kézi proxy</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileHints</name>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;kulcs:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>The service&apos;s own sign-in</source>
        <translation>A szolgáltatás saját bejelentkezése</translation>
    </message>
    <message>
        <source>Recommended for %1: HTTP Basic.</source>
        <translation>%1 esetén ajánlott: HTTP Basic.</translation>
    </message>
    <message>
        <source>Recommended for %1: the service&apos;s own sign-in.</source>
        <translation>%1 esetén ajánlott: a szolgáltatás saját bejelentkezése.</translation>
    </message>
    <message>
        <source>Printlounge gives each shop an API user and an API key; your shop&apos;s administrator or your Printlounge contact has them. After several wrong keys Printlounge locks access for 15 minutes.</source>
        <translation>A Printlounge minden boltnak ad egy API-felhasználót és egy API-kulcsot; ezek a bolt adminisztrátoránál vagy a Printlounge-os kapcsolattartójánál vannak. Több hibás kulcs után a Printlounge 15 percre letiltja a hozzáférést.</translation>
    </message>
    <message>
        <source>Use the API user and API password OmniSeller set up for your shop, not your own login. Your OmniSeller contact has them.</source>
        <translation>Az OmniSeller által a boltjának beállított API-felhasználót és API-jelszót használja, ne a saját belépését. Ezek az OmniSeller-es kapcsolattartójánál vannak.</translation>
    </message>
    <message>
        <source>The API key is in your VirtualPOS account. Ask whoever manages that account if you cannot find it.</source>
        <translation>Az API-kulcs a VirtualPOS-fiókjában található. Ha nem találja, kérdezze meg a fiók kezelőjét.</translation>
    </message>
    <message>
        <source>The API key comes with your Webshippy account. Ask Webshippy&apos;s support if you do not have one.</source>
        <translation>Az API-kulcs a Webshippy-fiókjához tartozik. Ha nincs ilyen, kérdezze a Webshippy ügyfélszolgálatát.</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Heade&amp;r value:</source>
        <translation>Fe&amp;jléc értéke:</translation>
    </message>
    <message>
        <source>API passwo&amp;rd:</source>
        <translation>API-&amp;jelszó:</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileItemDelegate</name>
    <message>
        <source>Demo</source>
        <translation>Demó</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileListModel</name>
    <message>
        <source>%1: a demo profile connected to Kontor&apos;s built-in simulator</source>
        <translation>%1: demóprofil, amely a Kontor beépített szimulátorához kapcsolódik</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, cím: %2</translation>
    </message>
    <message>
        <source>%1, %2, demo</source>
        <translation>%1, %2, demó</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The last call failed: %1</source>
        <translation>Az utolsó hívás sikertelen: %1</translation>
    </message>
    <message>
        <source>%1 · %2 orders</source>
        <translation>%1 · %2 rendelés</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RecordForm</name>
    <message>
        <source>Please correct the field marked in red; nothing was sent.</source>
        <translation>Javítsa a pirossal jelölt mezőt; semmi nem lett elküldve.</translation>
    </message>
    <message>
        <source>Please correct the %1 fields marked in red; nothing was sent.</source>
        <translation>Javítsa a pirossal jelölt %1 mezőt; semmi nem lett elküldve.</translation>
    </message>
    <message>
        <source>Nothing you typed was lost; correct it if needed and save again.</source>
        <translation>Semmi sem veszett el abból, amit beírt; szükség esetén javítsa, és mentse újra.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <source>This form has changes that were not sent. Close it and discard them?</source>
        <translation>Az űrlapon el nem küldött módosítások vannak. Bezárja és elveti őket?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Módosítások elvetése</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Szerkesztés folytatása</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RecordsView</name>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Load again from the service (F5)</source>
        <translation>Újratöltés a szolgáltatásból (F5)</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Nincs kijelölt profil</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Válasszon egy profilt a bal oldalon.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the service.</source>
        <translation>Hiba történt a szolgáltatással való kommunikáció közben.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil szerkesztése…</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Tanúsítvány ellenőrzése…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays in the list</source>
        <translation>Betöltés leállítása; ami megérkezett, a listában marad</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>A látható sorok mentése CSV-fájlba táblázatkezelőhöz (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportálás CSV-be</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-fájlok (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation>%1 sor mentve ide: %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>A(z) %1 fájl nem írható: %2</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Megjelenítendő oszlopok</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Az összes oszlop megjelenítése</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RequestInspector</name>
    <message>
        <source>Requests</source>
        <translation>Kérések</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 kérés</translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 / %2 kérés</translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>Kérések mentése</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Szövegfájlok (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Mentve ide: %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Nem sikerült menteni: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Idő</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metódus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Időtartam</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Küldve</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Fogadva</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Újrapróbák</translation>
    </message>
</context>
<context>
    <name>kontor::gui::SettingsDialog</name>
    <message>
        <source>Clear local data</source>
        <translation>Helyi adatok törlése</translation>
    </message>
    <message>
        <source>Tick what to remove from this computer. This cannot be undone.</source>
        <translation>Jelölje be, mit töröljön erről a gépről. Nem vonható vissza.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Rendszer alapértelmezése</translation>
    </message>
    <message>
        <source>Where Kontor keeps its data</source>
        <translation>Hol tárolja a Kontor az adatait</translation>
    </message>
    <message>
        <source>Upload journal (unfinished uploads can no longer be resumed)</source>
        <translation>Feltöltési napló (a befejezetlen feltöltések nem folytathatók)</translation>
    </message>
    <message>
        <source>History of changes sent to the shops</source>
        <translation>A boltoknak küldött változások története</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Naplófájlok</translation>
    </message>
    <message>
        <source>Window layout and column settings</source>
        <translation>Ablakelrendezés és oszlopbeállítások</translation>
    </message>
    <message>
        <source>Saved profiles and their passwords and keys in the keychain</source>
        <translation>Mentett profilok és jelszavaik, kulcsaik a kulcstartóban</translation>
    </message>
    <message>
        <source>The new folder is used from the next start. Kontor does not move the files; move them yourself while Kontor is closed.</source>
        <translation>Az új mappa a következő indítástól érvényes. A Kontor nem helyezi át a fájlokat; tegye át őket, amíg a Kontor zárva van.</translation>
    </message>
    <message>
        <source>KONTOR_DATA_DIR is set and decides the folder while it is set.</source>
        <translation>A KONTOR_DATA_DIR be van állítva, és amíg az, ez határozza meg a mappát.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>A beállítások nem menthetők ide: %1.</translation>
    </message>
    <message>
        <source>An invoice upload is running. Clear local data once it has finished.</source>
        <translation>Számlafeltöltés fut. A helyi adatokat a befejezése után törölje.</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Törlés…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s).</source>
        <translation>
            <numerusform>%n fájl törölve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n profile(s) and their secrets.</source>
        <translation>
            <numerusform>%n profil és titkaik törölve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be removed; see the log.</source>
        <translation>
            <numerusform>%n fájl nem törölhető; lásd a naplót.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Billentyűparancs</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Egyéb</translation>
    </message>
</context>
<context>
    <name>kontor::gui::StatusChangeDialog</name>
    <message>
        <source>Change order status — %1</source>
        <translation>Rendelés állapotának módosítása — %1</translation>
    </message>
    <message>
        <source>Order %1 of &apos;%2&apos; gets a new status.</source>
        <translation>„%2”: a(z) %1 rendelés új állapotot kap.</translation>
    </message>
    <message>
        <source>These %1 orders of &apos;%2&apos; get a new status.</source>
        <translation>„%2”: az alábbi %1 rendelés új állapotot kap.</translation>
    </message>
    <message>
        <source>A status name or its number, e.g. 62</source>
        <translation>Állapotnév vagy állapotszám, pl. 62</translation>
    </message>
    <message>
        <source>This profile has no status names yet: type the shop&apos;s status number. Names can be given in the profile&apos;s settings.</source>
        <translation>Ennél a profilnál még nincsenek állapotnevek: írja be a webáruház állapotszámát. Neveket a profil beállításaiban adhat meg.</translation>
    </message>
    <message>
        <source>Choose a status, or type the shop&apos;s status number.</source>
        <translation>Válasszon egy állapotot, vagy írja be a webáruház állapotszámát.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>Ú&amp;j állapot:</translation>
    </message>
    <message>
        <source>Orders to change</source>
        <translation>Módosítandó rendelések</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Jelenlegi állapot</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Állapot módosítása</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of this shop. Type its number, e.g. 62.</source>
        <translation>„%1” nem állapot ebben a webáruházban. Írja be a számát, például 62.</translation>
    </message>
    <message>
        <source>Change order %1 to %2</source>
        <translation>A(z) %1 rendelés módosítása erre: %2</translation>
    </message>
    <message>
        <source>Change %1 orders to %2</source>
        <translation>%1 rendelés módosítása erre: %2</translation>
    </message>
    <message>
        <source>Every change is recorded in the history.</source>
        <translation>Minden módosítás bekerül az előzményekbe.</translation>
    </message>
    <message>
        <source>The profile was closed; nothing was changed.</source>
        <translation>A profil bezárult; semmi sem módosult.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Leállítás</translation>
    </message>
    <message>
        <source>Changing the status to %1…</source>
        <translation>Állapot módosítása erre: %1…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Várakozás…</translation>
    </message>
    <message>
        <source>Changed to %1</source>
        <translation>Módosítva erre: %1</translation>
    </message>
    <message>
        <source>Refused by the shop: %1</source>
        <translation>A bolt elutasította: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nem módosult: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>The order has its new status.</source>
        <translation>A rendelés megkapta az új állapotát.</translation>
    </message>
    <message>
        <source>All %1 orders have their new status.</source>
        <translation>Mind a(z) %1 rendelés megkapta az új állapotát.</translation>
    </message>
    <message>
        <source>Changed: %1. Not changed: %2 (the reason is on each order&apos;s line).</source>
        <translation>Módosítva: %1. Nem módosult: %2 (az ok az egyes rendelések sorában olvasható).</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Bármely</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Szűrők alkalmazása</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Szűrők törlése</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Számlázva</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Nincs számlázva</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>an invoice&apos;s state</comment>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>Only the transactions whose invoice is in this state</source>
        <translation>Csak azok a tranzakciók, amelyeknek a számlája ebben az állapotban van</translation>
    </message>
    <message>
        <source>Only the transactions on or after this day</source>
        <translation>Csak az ettől a naptól kezdődő tranzakciók</translation>
    </message>
    <message>
        <source>Only the transactions on or before this day</source>
        <translation>Csak az eddig a napig tartó tranzakciók</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Beszállító</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Kereskedő</translation>
    </message>
    <message>
        <source>Only the transactions in which you are the supplier, or the retailer</source>
        <translation>Csak azok a tranzakciók, amelyekben Ön a beszállító, illetve a kereskedő</translation>
    </message>
    <message>
        <source>Load the transactions again, only those the marketplace finds with these filters</source>
        <translation>A tranzakciók újratöltése, csak azoké, amelyeket a piactér ezekkel a szűrőkkel talál</translation>
    </message>
    <message>
        <source>Load every transaction again, without filters</source>
        <translation>Minden tranzakció újratöltése, szűrők nélkül</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>Szá&amp;mla:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Ettől:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>E&amp;ddig:</translation>
    </message>
    <message>
        <source>invoice: %1</source>
        <translation>számla: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ettől: %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>eddig: %1</translation>
    </message>
    <message>
        <source>your role: %1</source>
        <translation>az Ön szerepe: %1</translation>
    </message>
    <message>
        <source>The “from” day is after the “to” day: no transaction can match. Change one of them.</source>
        <translation>Az „Ettől” nap az „Eddig” nap után van: egy tranzakció sem felelhet meg. Módosítsa valamelyiket.</translation>
    </message>
    <message>
        <source>&amp;Your role:</source>
        <translation>Az Ön s&amp;zerepe:</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionsTableModel</name>
    <message>
        <source>Invoiced</source>
        <translation>Számlázva</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Nincs számlázva</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>an invoice&apos;s state</comment>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Fizetve</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nincs fizetve</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Visszatérítve</translation>
    </message>
    <message>
        <source>%1 products: %2</source>
        <translation>%1 termék: %2</translation>
    </message>
    <message>
        <source>Transferred on %1</source>
        <translation>Átutalva: %1</translation>
    </message>
    <message>
        <source>The marketplace could not accept the invoice of this transaction; it can be uploaded again.</source>
        <translation>A piactér nem tudta elfogadni ennek a tranzakciónak a számláját; újra feltölthető.</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Tranzakció</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Beszállító</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Kereskedő</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Fizetés</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>Fizetési azonosító</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Számlaszám</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionsView</name>
    <message>
        <source>Loading transactions…</source>
        <translation>Tranzakciók betöltése…</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>Nincsenek tranzakciók</translation>
    </message>
    <message>
        <source>The transactions could not be loaded</source>
        <translation>A tranzakciókat nem sikerült betölteni</translation>
    </message>
    <message>
        <source>The transactions could not be loaded.</source>
        <translation>A tranzakciókat nem sikerült betölteni.</translation>
    </message>
    <message>
        <source>Search transactions…</source>
        <translation>Tranzakciók keresése…</translation>
    </message>
    <message>
        <source>Show only the loaded transactions whose id, supplier, retailer, product names, payment id or invoice number contain this text</source>
        <translation>Csak azok a betöltött tranzakciók, amelyek azonosítója, beszállítója, kereskedője, termékneve, fizetési azonosítója vagy számlaszáma tartalmazza ezt a szöveget</translation>
    </message>
    <message>
        <source>Load more transactions</source>
        <translation>További tranzakciók betöltése</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Tranzakciók</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>tranzakciok</translation>
    </message>
    <message>
        <source>%1 — Transactions</source>
        <translation>%1 — Tranzakciók</translation>
    </message>
    <message>
        <source>Loading transactions from &apos;%1&apos;…</source>
        <translation>Tranzakciók betöltése innen: „%1”…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no transactions that match the filters (%2). Clear the filters to see every transaction.</source>
        <translation>A(z) „%1” profilban nincs a szűrőknek megfelelő tranzakció (%2). Törölje a szűrőket, hogy minden tranzakciót lásson.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no marketplace transactions yet.</source>
        <translation>A(z) „%1” profilban még nincsenek piactéri tranzakciók.</translation>
    </message>
    <message>
        <source>Transactions shown: %1</source>
        <translation>Megjelenített tranzakciók: %1</translation>
    </message>
    <message>
        <source>Transactions matching the search: %1 of %2</source>
        <translation>A keresésnek megfelelő tranzakciók: %1 / %2</translation>
    </message>
    <message>
        <source>Marketplace transactions are listed for Webshippy profiles only.</source>
        <translation>Piactéri tranzakciók csak Webshippy-profiloknál listázhatók.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UploadTexts</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>kevesebb mint egy perc van hátra</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>még kb. %1 perc</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>még kb. %1 óra %2 perc</translation>
    </message>
    <message>
        <source>Files: %1 — ready: %2, with problems: %3</source>
        <translation>Fájlok: %1 — kész: %2, problémás: %3</translation>
    </message>
    <message>
        <source>Files: %1 — in the upload: %2, not sent because of problems: %3</source>
        <translation>Fájlok: %1 — a feltöltésben: %2, problémák miatt nem küldve: %3</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 fájl</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>szüneteltetve</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>sikertelen: %1</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>időtartam: %1 mp</translation>
    </message>
    <message>
        <source>took %1 min %2 s</source>
        <translation>időtartam: %1 perc %2 mp</translation>
    </message>
    <message>
        <source>Upload stopped: %1 stored, %2 already there, %3 failed, %4 not sent yet. It can be resumed.</source>
        <translation>A feltöltés leállt: %1 tárolva, %2 már megvolt, %3 sikertelen, %4 még nincs elküldve. Később folytatható.</translation>
    </message>
    <message>
        <source>Upload ended: %1 stored, %2 already there, %3 failed; the shop has not confirmed %4 yet. Resume to ask it again.</source>
        <translation>A feltöltés véget ért: %1 tárolva, %2 már megvolt, %3 sikertelen; %4 számlát a bolt még nem erősített meg. Folytassa, hogy újra megkérdezze.</translation>
    </message>
    <message>
        <source>Upload finished: %1 stored, %2 already there, %3 failed.</source>
        <translation>A feltöltés kész: %1 tárolva, %2 már megvolt, %3 sikertelen.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UploadWindow</name>
    <message>
        <source>Upload invoices — %1</source>
        <translation>Számlák feltöltése — %1</translation>
    </message>
    <message>
        <source>Give that upload up: Kontor will not offer it again</source>
        <translation>A feltöltés feladása: a Kontor nem ajánlja fel újra</translation>
    </message>
    <message>
        <source>The shop&apos;s transactions could not be read, so the files cannot be matched yet. %1</source>
        <translation>A bolt tranzakcióit nem sikerült beolvasni, ezért a fájlok még nem párosíthatók. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>This service has no marketplace transactions.</source>
        <translation>Ennek a szolgáltatásnak nincsenek piactéri tranzakciói.</translation>
    </message>
    <message>
        <source>The map %1 cannot be used: %2</source>
        <translation>A(z) %1 megfeleltetés nem használható: %2</translation>
    </message>
    <message>
        <source>Map: %1, lines: %2</source>
        <translation>Megfeleltetés: %1, sorok: %2</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>A fájlok vizsgálata…</translation>
    </message>
    <message>
        <source>Reading the shop&apos;s transactions…</source>
        <translation>A bolt tranzakcióinak beolvasása…</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>A megfeleltetés beolvasása…</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Még nincs fájl.</translation>
    </message>
    <message>
        <source>Add invoice files</source>
        <translation>Számlafájlok hozzáadása</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-fájlok (*.pdf);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Add a folder of invoices</source>
        <translation>Számlákat tartalmazó mappa hozzáadása</translation>
    </message>
    <message>
        <source>Use a map of files to transactions</source>
        <translation>Fájlok és tranzakciók megfeleltetésének használata</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-fájlok (*.csv);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>invoice-upload</source>
        <translation>szamlafeltoltes</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>A jelentés mentve: %1.</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>A jelentést nem sikerült menteni ide: %1: %2</translation>
    </message>
    <message>
        <source>Kontor could not read its record of earlier uploads: %1</source>
        <translation>A Kontor nem tudta beolvasni a korábbi feltöltések naplóját: %1</translation>
    </message>
    <message>
        <source>An earlier upload did not finish: %1 of %2 invoices sent.</source>
        <translation>Egy korábbi feltöltés nem fejeződött be: %1 / %2 számla elküldve.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Folytatás</translation>
    </message>
    <message>
        <source>No API key is stored for &apos;%1&apos;. Edit the profile to enter it.</source>
        <translation>A(z) „%1” profilhoz nincs API-kulcs tárolva. Szerkessze a profilt a megadásához.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Indítás…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Folytatás…</translation>
    </message>
    <message>
        <source>The unfinished upload could not be discarded: %1</source>
        <translation>A befejezetlen feltöltést nem sikerült elvetni: %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Jelentés mentése…</translation>
    </message>
    <message>
        <source>The upload stopped: %1 Nothing is lost; it can be resumed.</source>
        <translation>A feltöltés leállt: %1 Semmi sem veszett el; folytatható.</translation>
    </message>
    <message>
        <source>Invoice upload for &apos;%1&apos;</source>
        <translation>Számlafeltöltés: „%1”</translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation>Leállítja a feltöltést?</translation>
    </message>
    <message>
        <source>Stop the upload? It can be resumed later.</source>
        <translation>Leállítja a feltöltést? Később folytatható.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Leállítás és bezárás</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>Feltöltés folytatása</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1). Check that it still exists and that you may read it, or choose another map</source>
        <translation>a fájl nem nyitható meg (%1). Ellenőrizze, hogy létezik-e még és olvashatja-e, vagy válasszon másik megfeleltetést</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Elvetés</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Folytatás</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Szünet</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UserGuideDialog</name>
    <message>
        <source>Kontor user guide</source>
        <translation>Kontor felhasználói útmutató</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Felhasználói útmutató</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>A felhasználói útmutató hiányzik ebből a telepítésből.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::WritePreviewDialog</name>
    <message>
        <source>Fields to send</source>
        <translation>Elküldendő mezők</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Új érték</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Módosítva</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Vissza az űrlaphoz</translation>
    </message>
</context>
<context>
    <name>kontor::net::HttpCall</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. It should look like https://shop.example.com.</source>
        <translation>Ez nem érvényes webcím: „%1”. Valahogy így kell kinéznie: https://shop.example.com.</translation>
    </message>
    <message>
        <source>Kontor does not send passwords or data over plain http:// to %1. Use an https:// address, or allow insecure http in the profile if this server has no other way.</source>
        <translation>A Kontor nem küld jelszavakat és adatokat titkosítatlan http:// kapcsolaton ide: %1. Használjon https:// címet, vagy engedélyezze a nem biztonságos http-t a profilban, ha ez a szerver másképp nem működik.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. The service may be overloaded; try again later.</source>
        <translation>%1 nem válaszolt %2 másodpercen belül. Lehet, hogy a szolgáltatás túlterhelt; próbálja újra később.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than Kontor accepts (%2 MB). Narrow the request, for example with a smaller page or a filter.</source>
        <translation>%1 válasza nagyobb, mint amit a Kontor elfogad (%2 MB). Szűkítse a kérést, például kisebb oldalmérettel vagy szűrővel.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection, or try again later.</source>
        <translation>%1 nem válaszolt időben. Ellenőrizze a hálózati kapcsolatot, vagy próbálja újra később.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Kontor does not connect to a server whose certificate it cannot check; ask the shop&apos;s administrator.</source>
        <translation>A biztonságos kapcsolat nem ellenőrizhető (%1: %2). A Kontor nem kapcsolódik olyan szerverhez, amelynek a tanúsítványát nem tudja ellenőrizni; forduljon a webáruház rendszergazdájához.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port in the profile, or whether the service is running.</source>
        <translation>%1 elutasította a kapcsolatot. Ellenőrizze a címet és a portot a profilban, illetve hogy fut-e a szolgáltatás.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address in the profile and your internet connection.</source>
        <translation>A szerver nem található: %1. Ellenőrizze a címet a profilban és az internetkapcsolatot.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete. Check your network connection; if it keeps happening, the service may be having trouble.</source>
        <translation>A kapcsolat (%1) megszakadt, mielőtt a válasz teljesen megérkezett volna. Ellenőrizze a hálózati kapcsolatot; ha továbbra is előfordul, a szolgáltatásnál lehet hiba.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2). Check the user name and password or API key in the profile.</source>
        <translation>%1 elutasította a bejelentkezést (HTTP %2). Ellenőrizze a felhasználónevet és a jelszót vagy az API-kulcsot a profilban.</translation>
    </message>
    <message>
        <source>%1 does not know the requested address or record (HTTP 404). Check the address in the profile.</source>
        <translation>%1 nem ismeri a kért címet vagy rekordot (HTTP 404). Ellenőrizze a címet a profilban.</translation>
    </message>
    <message>
        <source>%1 refused the request because it is too large (HTTP 413). Send fewer items at once.</source>
        <translation>%1 elutasította a kérést, mert túl nagy (HTTP 413). Küldjön egyszerre kevesebb tételt.</translation>
    </message>
    <message>
        <source>%1 is having trouble right now (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 jelenleg hibásan működik (HTTP %2). Próbálja újra néhány perc múlva.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected status (HTTP %2).</source>
        <translation>%1 váratlan állapotkóddal válaszolt (HTTP %2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation>A kapcsolódás sikertelen: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to a website rather than its interface.</source>
        <translation>%1 adatok helyett weboldallal válaszolt. Lehet, hogy a szolgáltatás karbantartás miatt nem érhető el, vagy a profilban megadott cím egy webhelyre mutat, nem a szolgáltatás API-jára.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A kérés megszakítva.</translation>
    </message>
    <message>
        <source>No password or API key is stored for this profile, so Kontor sent nothing to %1. Enter it in the profile.</source>
        <translation>Ehhez a profilhoz nincs mentett jelszó vagy API-kulcs, ezért a Kontor semmit sem küldött ide: %1. Adja meg a profilban.</translation>
    </message>
    <message>
        <source>%1 asked Kontor to continue over unencrypted http (%2). Kontor never sends passwords or data that way, so it stopped. Ask the shop&apos;s administrator.</source>
        <translation>%1 arra kérte a Kontort, hogy titkosítatlan http-n folytassa (%2). A Kontor így soha nem küld jelszavakat vagy adatokat, ezért leállt. Forduljon a webáruház rendszergazdájához.</translation>
    </message>
    <message>
        <source>%1 sent Kontor on to another server, %2. Kontor sends passwords and data only to the address in the profile, so it did not follow. If the shop has moved, change the address in the profile.</source>
        <translation>%1 egy másik szerverre irányította tovább a Kontort: %2. A Kontor csak a profilban megadott címre küld jelszavakat és adatokat, ezért nem követte az átirányítást. Ha a webáruház új címre költözött, módosítsa a címet a profilban.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one trusted for this profile, and it cannot be verified either (%2). Kontor did not connect.</source>
        <translation>%1 tanúsítványa nem egyezik a profilban megadott megbízható tanúsítvánnyal, és ellenőrizni sem lehet (%2). A Kontor nem kapcsolódott.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be verified (%2), so Kontor did not connect.</source>
        <translation>%1 tanúsítványa nem ellenőrizhető (%2), ezért a Kontor nem kapcsolódott.</translation>
    </message>
    <message>
        <source>It was issued to &quot;%1&quot; by &quot;%2&quot;, valid from %3 to %4; its SHA-256 fingerprint is %5. If the shop&apos;s administrator confirms this fingerprint, trust the certificate for this profile.</source>
        <translation>Kiállítva a következőnek: „%1”, kiállító: „%2”, érvényes %3 és %4 között; SHA-256-ujjlenyomata: %5. Ha a webáruház rendszergazdája megerősíti ezt az ujjlenyomatot, fogadja el a tanúsítványt megbízhatóként ennél a profilnál.</translation>
    </message>
    <message>
        <source>Kontor could not get through the proxy server to %1 (%2). Check the proxy in Settings, or in the profile&apos;s Advanced section.</source>
        <translation>A Kontor nem jutott át a proxykiszolgálón ehhez: %1 (%2). Ellenőrizze a proxyt a Beállításokban vagy a profil Speciális részében.</translation>
    </message>
    <message>
        <source>The proxy server refused Kontor&apos;s sign-in, so nothing reached %1. Check the proxy&apos;s user name and password in Settings.</source>
        <translation>A proxykiszolgáló elutasította a Kontor bejelentkezését, így semmi sem jutott el ide: %1. Ellenőrizze a proxy felhasználónevét és jelszavát a Beállításokban.</translation>
    </message>
</context>
<context>
    <name>kontor::net::HttpClient</name>
    <message>
        <source>The service</source>
        <translation>A szolgáltatás</translation>
    </message>
</context>
<context>
    <name>kontor::net::ProxyConfig</name>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Adja meg a proxy gépnevét vagy címét.</translation>
    </message>
    <message>
        <source>This is not a host name or address (no spaces, slashes or @).</source>
        <translation>Ez nem gépnév vagy cím (szóköz, perjel és @ nélkül).</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>A port 1 és 65535 közötti szám.</translation>
    </message>
</context>
<context>
    <name>kontor::net::RequestFormat</name>
    <message>
        <source>Waiting</source>
        <translation>Várakozik</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Megszakítva</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Rendben</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Létrehozva</translation>
    </message>
    <message>
        <source>No content</source>
        <translation>Nincs tartalom</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Áthelyezve</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Hibás kérés</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Bejelentkezés elutasítva</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Tiltott</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nem található</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Időtúllépés</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Túl nagy</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Túl sok kérés</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nem elérhető</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Szerverhiba</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>küldve: %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>fogadva: %1</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>próbálkozások: %1</translation>
    </message>
    <message>
        <source>(%1 bytes in all)</source>
        <translation>(összesen %1 bájt)</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Még nincs válasz.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Hiba: %1</translation>
    </message>
    <message>
        <source>The request body (%1 bytes) is not included.</source>
        <translation>A kérés törzse (%1 bájt) nincs benne.</translation>
    </message>
</context>
<context>
    <name>kontor::sandbox::Sandbox</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for %2: %3</source>
        <translation>Nem sikerült figyelni a 127.0.0.1:%1 címen (%2): %3</translation>
    </message>
    <message>
        <source>Could not make the TLS certificate: %1</source>
        <translation>Nem sikerült létrehozni a TLS-tanúsítványt: %1</translation>
    </message>
</context>
<context>
    <name>kontor::upload::InvoiceMatcher</name>
    <message>
        <source>Line %1 of the map is not &quot;transactionId,file&quot; or &quot;transactionId,file,invoiceSerialNumber&quot;.</source>
        <translation>A megfeleltetés %1. sora nem „transactionId,file” vagy „transactionId,file,invoiceSerialNumber” alakú.</translation>
    </message>
    <message>
        <source>No transaction of the shop is named in &quot;%1&quot;: choose one, or add the file to a map.</source>
        <translation>„%1” nem nevezi meg a bolt egyik tranzakcióját sem: válasszon egyet, vagy vegye fel a fájlt egy megfeleltetésbe.</translation>
    </message>
    <message>
        <source>The shop lists no transaction %1.</source>
        <translation>A boltban nincs %1 tranzakció.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one transaction: choose the right one.</source>
        <translation>„%1” több tranzakciót is megnevez: válassza ki a megfelelőt.</translation>
    </message>
    <message>
        <source>Two files for transaction %1: %2. Each transaction takes one invoice.</source>
        <translation>Több fájl a(z) %1 tranzakcióhoz: %2. Minden tranzakcióhoz egy számla tartozik.</translation>
    </message>
    <message>
        <source>Transaction %1 has its invoice already.</source>
        <translation>A(z) %1 tranzakciónak már van számlája.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file (its content does not begin like one).</source>
        <translation>„%1” nem PDF-fájl (a tartalma nem úgy kezdődik).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1” nem olvasható: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1” üres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, more than an invoice may be.</source>
        <translation>„%1” mérete %2, több, mint egy számla lehet.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::InvoiceRequestBody</name>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>A(z) %1 fájl nem olvasható (%2).</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being uploaded; it will be read again.</source>
        <translation>A(z) %1 fájl feltöltés közben megváltozott; újra beolvassuk.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::UploadConnection</name>
    <message>
        <source>%1 sent an answer Kontor cannot read.</source>
        <translation>%1 olyan választ küldött, amelyet a Kontor nem tud olvasni.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than Kontor accepts (%2 MB).</source>
        <translation>A(z) %1 válasza nagyobb, mint amit a Kontor elfogad (%2 MB).</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>A(z) %1 válasza félbeszakadt.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Megszakadt a kapcsolat ezzel: %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Kontor does not send invoices to a server whose certificate it cannot check.</source>
        <translation>A(z) %1 felé menő biztonságos kapcsolat nem ellenőrizhető (%2). A Kontor nem küld számlát olyan szervernek, amelynek a tanúsítványát nem tudja ellenőrizni.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 elutasította a kapcsolatot.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>A(z) %1 szerver nem található.</translation>
    </message>
    <message>
        <source>Kontor could not connect to %1 (%2).</source>
        <translation>A Kontor nem tudott kapcsolódni ehhez: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 nem válaszol tovább.</translation>
    </message>
    <message>
        <source>%1 could not be reached in time.</source>
        <translation>%1 nem volt időben elérhető.</translation>
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
        <translation>Egyetlen számla sem áll készen a feltöltésre.</translation>
    </message>
    <message>
        <source>Webshippy refuses an invoice this large (%1 refused the request as too large).</source>
        <translation>A Webshippy ekkora számlát nem fogad el (%1 túl nagynak találta a kérést).</translation>
    </message>
    <message>
        <source>%1 is busy or down for maintenance (HTTP %2).</source>
        <translation>%1 túlterhelt vagy karbantartás alatt áll (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent the upload to another address. Kontor sends invoices only to the address in the profile, so it stopped. Check the address in the profile.</source>
        <translation>%1 másik címre irányította a feltöltést. A Kontor csak a profilban megadott címre küld számlát, ezért leállt. Ellenőrizze a címet a profilban.</translation>
    </message>
    <message>
        <source>%1 has no invoice upload at the address in the profile (HTTP 404). Check the address in the profile.</source>
        <translation>A profilban megadott címen %1 nem fogad számlafeltöltést (HTTP 404). Ellenőrizze a címet a profilban.</translation>
    </message>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>A Webshippy nem fogadta el az API-kulcsot. Ellenőrizze a profilban.</translation>
    </message>
    <message>
        <source>%1 refused the upload (HTTP %2).</source>
        <translation>%1 elutasította a feltöltést (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>%1 hibát jelzett (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data (maintenance?).</source>
        <translation>%1 adatok helyett weboldallal válaszolt (karbantartás?).</translation>
    </message>
    <message>
        <source>Not uploaded after %1 attempts: %2</source>
        <translation>%1 próbálkozás után sem sikerült feltölteni: %2</translation>
    </message>
    <message>
        <source>Webshippy no longer lists transaction %1.</source>
        <translation>A Webshippy már nem listázza a(z) %1 tranzakciót.</translation>
    </message>
    <message>
        <source>Confirmed by reading the transaction after the answer was lost.</source>
        <translation>A válasz elveszett; a tranzakció visszaolvasása megerősítette.</translation>
    </message>
    <message>
        <source>Webshippy has another invoice (%1) for this transaction.</source>
        <translation>A Webshippy ehhez a tranzakcióhoz egy másik számlát (%1) tárol.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::UploadJournal</name>
    <message>
        <source>The upload journal %1 could not be written or read. Check that the disk is not full and the folder can be written to.</source>
        <translation>A(z) %1 feltöltési napló nem írható vagy olvasható. Ellenőrizze, hogy nem telt-e meg a lemez, és írható-e a mappa.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor: a back office for shops on several web services.</source>
        <translation>Kontor: ügyviteli program több webes szolgáltatást használó webáruházaknak.</translation>
    </message>
    <message>
        <source>Add demo profiles connected to a built-in simulator of the services.</source>
        <translation>Demóprofilok hozzáadása, amelyek a szolgáltatások beépített szimulátorához kapcsolódnak.</translation>
    </message>
    <message>
        <source>Keep profiles and settings in &lt;dir&gt; instead of the usual place.</source>
        <translation>A profilok és a beállítások tárolása a &lt;könyvtár&gt; mappában a szokásos hely helyett.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>könyvtár</translation>
    </message>
    <message>
        <source>Your profiles could not be read. %1</source>
        <translation>A profilokat nem sikerült beolvasni. %1</translation>
    </message>
    <message>
        <source>Show the versions and licences.</source>
        <translation>A verziók és a licencek megjelenítése.</translation>
    </message>
</context>
</TS>
