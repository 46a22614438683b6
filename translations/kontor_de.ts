<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kontor</source>
        <translation>Über Kontor</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A back office for shops on several web services: OmniSeller HTK, Printlounge, VirtualPOS and Webshippy. One profile per service; passwords stay in your system keychain.</source>
        <translation>Ein Backoffice für Shops, die mehrere Webdienste nutzen: OmniSeller HTK, Printlounge, VirtualPOS und Webshippy. Ein Profil pro Dienst; Passwörter bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Komponentenversionen</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>BundleForm</name>
    <message>
        <source>New bundle</source>
        <translation>Neues Bündel</translation>
    </message>
    <message>
        <source>Bundle &amp;SKU:</source>
        <translation>Bündel-&amp;SKU:</translation>
    </message>
    <message>
        <source>The bundle&apos;s own SKU; no product or bundle in the shop may have it yet</source>
        <translation>Die eigene SKU des Bündels; kein Produkt oder Bündel im Shop darf sie schon haben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Net &amp;price:</source>
        <translation>Netto&amp;preis:</translation>
    </message>
    <message>
        <source>The bundle&apos;s net price, e.g. 5000 or 12.10; the decimals are sent exactly as typed</source>
        <translation>Der Nettopreis des Bündels, z. B. 5000 oder 12.10; die Nachkommastellen werden genau wie eingegeben gesendet</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;MwSt. (%):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Find a product (SKU or name):</source>
        <translation>Produkt &amp;finden (SKU oder Name):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Puts the selected product into the bundle (or double-click it)</source>
        <translation>Legt das ausgewählte Produkt ins Bündel (oder doppelklicken Sie es)</translation>
    </message>
    <message>
        <source>Products in the &amp;bundle:</source>
        <translation>Produkte im &amp;Bündel:</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Discount card</source>
        <translation>Rabattkarte</translation>
    </message>
    <message>
        <source>To create a card, fill in its number and details. To change or delete a card, fill in one key that finds it and only the fields to change; empty fields are not sent.</source>
        <translation>Für eine neue Karte geben Sie ihre Nummer und Angaben ein. Um eine Karte zu ändern oder zu löschen, geben Sie einen Schlüssel ein, der sie findet, und nur die zu ändernden Felder; leere Felder werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Which card</source>
        <translation>Welche Karte</translation>
    </message>
    <message>
        <source>Card &amp;ID:</source>
        <translation>Karten-&amp;ID:</translation>
    </message>
    <message>
        <source>The shop&apos;s id of the card</source>
        <translation>Die ID der Karte im Shop</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <source>1 to 12 digits</source>
        <translation>1 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>The id in your other system</source>
        <translation>Die ID in Ihrem anderen System</translation>
    </message>
    <message>
        <source>Find by &amp;barcode:</source>
        <translation>Nach &amp;Barcode suchen:</translation>
    </message>
    <message>
        <source>The 13 digits printed on the card</source>
        <translation>Die 13 Ziffern auf der Karte</translation>
    </message>
    <message>
        <source>Barcode made from the card number</source>
        <translation>Barcode aus der Kartennummer</translation>
    </message>
    <message>
        <source>EAN-13:</source>
        <translation>EAN-13:</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Kartendaten</translation>
    </message>
    <message>
        <source>New barcode:</source>
        <translation>Neuer Barcode:</translation>
    </message>
    <message>
        <source>13 digits (EAN-13)</source>
        <translation>13 Ziffern (EAN-13)</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Active from:</source>
        <translation>&amp;Aktiv ab:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>B&amp;locked from:</source>
        <translation>&amp;Gesperrt ab:</translation>
    </message>
    <message>
        <source>Card &amp;type ID:</source>
        <translation>Karten&amp;typ-ID:</translation>
    </message>
    <message>
        <source>Used when no type ID is given</source>
        <translation>Gilt, wenn keine Typ-ID angegeben ist</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID:</source>
        <translation>K&amp;unden-ID:</translation>
    </message>
    <message>
        <source>Used when no customer ID is given</source>
        <translation>Gilt, wenn keine Kunden-ID angegeben ist</translation>
    </message>
    <message>
        <source>Create the card when no key finds it (Save changes only)</source>
        <translation>Karte anlegen, wenn kein Schlüssel sie findet (nur bei „Änderungen speichern“)</translation>
    </message>
    <message>
        <source>&amp;Delete card…</source>
        <translation>Karte &amp;löschen…</translation>
    </message>
    <message>
        <source>Create &amp;card</source>
        <translation>Ka&amp;rte anlegen</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Änderungen speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ca&amp;rd type name:</source>
        <translation>&amp;Kartentyp-Name:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;external ID:</source>
        <translation>Externe ID des Kun&amp;den:</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
    <message>
        <source>Trust this certificate only if the shop&apos;s administrator confirms its fingerprint, for example by phone. Kontor will then accept this one certificate for this profile and still check every other certificate in full.</source>
        <translation>Vertrauen Sie diesem Zertifikat nur, wenn der Administrator des Shops seinen Fingerabdruck bestätigt, zum Beispiel telefonisch. Kontor akzeptiert dann genau dieses eine Zertifikat für dieses Profil und prüft alle anderen Zertifikate weiterhin vollständig.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>Kunden-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Zweiter Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Ge&amp;burtsdatum:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Alter:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Ge&amp;schlecht:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Create the customer if it does not exist</source>
        <translation>Kunden anlegen, &amp;falls er nicht existiert</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Webshippy saves a product by its SKU: a new SKU creates the product, a known one changes it. Fields left empty are not sent, and Webshippy keeps what it has for them.</source>
        <translation>Webshippy speichert ein Produkt anhand seiner SKU: Eine neue SKU legt das Produkt an, eine bekannte ändert es. Leere Felder werden nicht gesendet; Webshippy behält dafür die bisherigen Werte.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>The product&apos;s key in Webshippy: saving a SKU that exists changes that product.</source>
        <translation>Der Schlüssel des Produkts in Webshippy: Eine vorhandene SKU zu speichern ändert dieses Produkt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>&amp;Reference ID:</source>
        <translation>&amp;Referenz-ID:</translation>
    </message>
    <message>
        <source>Your own identifier of the product</source>
        <translation>Ihre eigene Kennung des Produkts</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Barco&amp;de:</translation>
    </message>
    <message>
        <source>Webshippy lets the barcode change only while it is empty or before goods were received for the product.</source>
        <translation>Webshippy erlaubt eine Änderung des Barcodes nur, solange er leer ist oder bevor Ware für das Produkt eingegangen ist.</translation>
    </message>
    <message>
        <source>Product t&amp;ype:</source>
        <translation>Produkt&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Pricing and VAT</source>
        <translation>Preis und MwSt.</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>1200 or 12.10</source>
        <translation>1200 oder 12.10</translation>
    </message>
    <message>
        <source>0.27 for 27%</source>
        <translation>0.27 für 27 %</translation>
    </message>
    <message>
        <source>Webshippy writes the VAT as a fraction: 0.27 is 27%.</source>
        <translation>Webshippy schreibt die MwSt. als Bruchteil: 0.27 sind 27 %.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Category &amp;code:</source>
        <translation>Kategorie&amp;code:</translation>
    </message>
    <message>
        <source>Webshippy takes a category as its code (main and sub category number) and shows it by name.</source>
        <translation>Webshippy nimmt eine Kategorie als Code (Haupt- und Unterkategorienummer) und zeigt sie mit Namen an.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Image URLs:</source>
        <translation>Bild-&amp;URLs:</translation>
    </message>
    <message>
        <source>One web address per line</source>
        <translation>Eine Webadresse pro Zeile</translation>
    </message>
    <message>
        <source>Logistics and ADR</source>
        <translation>Logistik und ADR</translation>
    </message>
    <message>
        <source>&amp;Low stock at:</source>
        <translation>N&amp;iedriger Bestand ab:</translation>
    </message>
    <message>
        <source>Webshippy warns when the stock falls to this quantity.</source>
        <translation>Webshippy warnt, wenn der Bestand auf diese Menge sinkt.</translation>
    </message>
    <message>
        <source>&amp;Keep quantity:</source>
        <translation>Vorzuha&amp;ltende Menge:</translation>
    </message>
    <message>
        <source>D&amp;utiable:</source>
        <translation>Zollp&amp;flichtig:</translation>
    </message>
    <message>
        <source>&amp;TARIC code:</source>
        <translation>&amp;TARIC-Code:</translation>
    </message>
    <message>
        <source>&amp;Fragile:</source>
        <translation>&amp;Zerbrechlich:</translation>
    </message>
    <message>
        <source>C&amp;ooling:</source>
        <translation>K&amp;ühlung:</translation>
    </message>
    <message>
        <source>ADR &amp;quantity:</source>
        <translation>ADR-Menge:</translation>
    </message>
    <message>
        <source>Dropshipping</source>
        <translation>Dropshipping</translation>
    </message>
    <message>
        <source>&amp;Wholesale price:</source>
        <translation>Gro&amp;ßhandelspreis:</translation>
    </message>
    <message>
        <source>Pro&amp;motion:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>&amp;MwSt.:</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>W&amp;ährung:</translation>
    </message>
    <message>
        <source>&amp;Has serial numbers:</source>
        <translation>&amp;Hat Seriennummern:</translation>
    </message>
    <message>
        <source>Dangerous &amp;goods (ADR):</source>
        <translation>&amp;Gefahrgut (ADR):</translation>
    </message>
    <message>
        <source>&amp;ADR code:</source>
        <translation>ADR-C&amp;ode:</translation>
    </message>
    <message>
        <source>Wholesale VAT:</source>
        <translation>Großhandels-M&amp;wSt.:</translation>
    </message>
    <message>
        <source>Recommended price:</source>
        <translation>&amp;Empfohlener Preis:</translation>
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
        <translation>Ein Profil sagt Kontor, wo der Dienst Ihres Shops zu finden ist und wie die Anmeldung erfolgt. Das Passwort oder der API-Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>for example: My print shop</source>
        <translation>zum Beispiel: Meine Druckerei</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse des Dienstes</translation>
    </message>
    <message>
        <source>The address of your shop&apos;s service, as your provider gave it to you.</source>
        <translation>Die Adresse des Dienstes Ihres Shops, so wie Ihr Anbieter sie Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>https://shop.example.com/</source>
        <translation>https://shop.example.com/</translation>
    </message>
    <message>
        <source>Data &amp;format:</source>
        <translation>Daten&amp;format:</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>Datenformat</translation>
    </message>
    <message>
        <source>How the service sends its data. Leave JSON unless your provider says otherwise.</source>
        <translation>Wie der Dienst seine Daten sendet. Lassen Sie JSON eingestellt, sofern Ihr Anbieter nichts anderes angibt.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>&amp;Header-Name:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>X-Api-Key</source>
        <translation>X-Api-Key</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password or API key:</source>
        <translation>&amp;Passwort oder API-Schlüssel:</translation>
    </message>
    <message>
        <source>Password or API key</source>
        <translation>Passwort oder API-Schlüssel</translation>
    </message>
    <message>
        <source>Allow plain http (insecure)</source>
        <translation>Unverschlüsseltes http erlauben (unsicher)</translation>
    </message>
    <message>
        <source>With plain http, your password or API key and your orders travel unencrypted: anyone on the network can read them. Use this only for a test server on a network you trust.</source>
        <translation>Über einfaches http werden Ihr Passwort oder API-Schlüssel und Ihre Bestellungen unverschlüsselt übertragen: Jeder im Netzwerk kann sie mitlesen. Nutzen Sie das nur für einen Testserver in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Connect within:</source>
        <translation>Verbindungsaufbau &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Zeitlimit ohne Datenverkehr in Sekunden</translation>
    </message>
    <message>
        <source>How long Kontor waits when the service sends nothing at all.</source>
        <translation>Wie lange Kontor wartet, wenn der Dienst gar nichts sendet.</translation>
    </message>
    <message>
        <source>&amp;Longest wait in total:</source>
        <translation>&amp;Längste Wartezeit insgesamt:</translation>
    </message>
    <message>
        <source>Total time limit in seconds</source>
        <translation>Gesamtzeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>The longest one request may take, retries included.</source>
        <translation>Die längste Zeit, die eine Anfrage einschließlich Wiederholungen dauern darf.</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Probleme mit dem Profil</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sign in once with the values above, without saving them.</source>
        <translation>Einmal mit den obigen Angaben anmelden, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbind&amp;ung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a trusted certificate</source>
        <translation>SHA-256-Fingerabdruck eines vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>Only for a shop whose certificate is issued by its own authority: the SHA-256 fingerprint of that one certificate, as the shop&apos;s administrator gives it. Every other certificate is still checked in full.</source>
        <translation>Nur für einen Shop, dessen Zertifikat von einer eigenen Zertifizierungsstelle ausgestellt ist: der SHA-256-Fingerabdruck genau dieses einen Zertifikats, so wie der Administrator des Shops ihn mitteilt. Alle anderen Zertifikate werden weiterhin vollständig geprüft.</translation>
    </message>
    <message>
        <source>none (every certificate is checked in full)</source>
        <translation>keines (jedes Zertifikat wird vollständig geprüft)</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <source>See the certificate the server presented, and trust it for this profile if its fingerprint is right.</source>
        <translation>Das Zertifikat ansehen, das der Server vorgelegt hat, und ihm für dieses Profil vertrauen, wenn sein Fingerabdruck stimmt.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Status nam&amp;es:</source>
        <translation>Statusna&amp;men:</translation>
    </message>
    <message>
        <source>Status names</source>
        <translation>Statusnamen</translation>
    </message>
    <message>
        <source>The service gives order statuses as numbers. Name the ones your shop uses, and Kontor shows &quot;In Bearbeitung (61)&quot; instead of 61.</source>
        <translation>Der Dienst liefert Bestellstatus als Zahlen. Benennen Sie die Status, die Ihr Shop verwendet, dann zeigt Kontor „In Bearbeitung (61)“ statt 61 an.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add a status name</source>
        <translation>Einen Statusnamen hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Remove the selected status names</source>
        <translation>Die ausgewählten Statusnamen entfernen</translation>
    </message>
    <message>
        <source>Problems with the status names</source>
        <translation>Probleme mit den Statusnamen</translation>
    </message>
    <message>
        <source>Change status &amp;with:</source>
        <translation>Status&amp;änderung per:</translation>
    </message>
    <message>
        <source>HTTP method for status changes</source>
        <translation>HTTP-Methode für Statusänderungen</translation>
    </message>
    <message>
        <source>How Kontor sends a status change to the service. Leave PUT unless your provider says the service expects PATCH.</source>
        <translation>Wie Kontor eine Statusänderung an den Dienst sendet. Lassen Sie PUT eingestellt, sofern Ihr Anbieter nicht angibt, dass der Dienst PATCH erwartet.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>Data format, time limits, plain http, the trusted certificate and the proxy. Most shops need none of them.</source>
        <translation>Datenformat, Zeitlimits, unverschlüsseltes http, das vertrauenswürdige Zertifikat und der Proxy. Die meisten Shops brauchen nichts davon.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy for this profile</source>
        <translation>Proxy für dieses Profil</translation>
    </message>
    <message>
        <source>Whether this profile&apos;s requests go through the proxy set in Settings, directly, or through a proxy of its own.</source>
        <translation>Ob die Anfragen dieses Profils über den Proxy aus den Einstellungen, direkt oder über einen eigenen Proxy gehen.</translation>
    </message>
    <message>
        <source>Proxy t&amp;ype:</source>
        <translation>Proxy-&amp;Typ:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A proxy that asks for a password is set in Settings, for all profiles.</source>
        <translation>Ein Proxy, der ein Passwort verlangt, wird in den Einstellungen für alle Profile festgelegt.</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <source>&amp;Give up after silence of:</source>
        <translation>Ohne Antwort abbre&amp;chen nach:</translation>
    </message>
    <message>
        <source>Allow &amp;plain http (insecure)</source>
        <translation>Unverschl&amp;üsseltes http erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>Proxy-H&amp;ost:</translation>
    </message>
    <message>
        <source>Proxy port:</source>
        <translation>&amp;Proxy-Port:</translation>
    </message>
    <message>
        <source>Proxy user name:</source>
        <translation>Prox&amp;y-Benutzername:</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Zertifi&amp;kat prüfen…</translation>
    </message>
</context>
<context>
    <name>RequestInspectorPane</name>
    <message>
        <source>Filter by address, profile or status</source>
        <translation>Nach Adresse, Profil oder Status filtern</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Kept in memory for this session only. Secrets are masked.</source>
        <translation>Nur für diese Sitzung im Speicher. Geheimnisse sind maskiert.</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request; the secret is read from $KONTOR_SECRET</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage wiederholt; das Geheimnis kommt aus $KONTOR_SECRET</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the request and its answer as text</source>
        <translation>Anfrage und Antwort als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save every request shown to a text file</source>
        <translation>Alle angezeigten Anfragen in eine Textdatei speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Forget the requests listed so far</source>
        <translation>Die bisher aufgeführten Anfragen vergessen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sprach&amp;e:</translation>
    </message>
    <message>
        <source>The language changes the next time Kontor starts. Dates and numbers follow your system&apos;s regional format.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Kontor. Datum und Zahlen folgen dem Regionalformat des Systems.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>&amp;Parallele Uploads:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Upload journal, audit history and logs are kept in:</source>
        <translation>Upload-Journal, Änderungsverlauf und Logs liegen in:</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>&amp;Leerlauf-Timeout:</translation>
    </message>
    <message>
        <source>Used for new profiles; each profile can have its own.</source>
        <translation>Gilt für neue Profile; jedes Profil kann eigene haben.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen &amp;des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a settings file.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ordner &amp;öffnen</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Clear &amp;all local data…</source>
        <translation>&amp;Alle lokalen Daten löschen…</translation>
    </message>
    <message>
        <source>Total time per &amp;request:</source>
        <translation>&amp;Gesamtzeit je Anfrage:</translation>
    </message>
</context>
<context>
    <name>UploadWindow</name>
    <message>
        <source>Upload invoices</source>
        <translation>Rechnungen hochladen</translation>
    </message>
    <message>
        <source>Drop invoice files or folders here. A file&apos;s name is its invoice number; its transaction is the transaction id in the name (e.g. DSPY1000134_Invoice-12345.pdf) or the one a map names.</source>
        <translation>Ziehen Sie Rechnungsdateien oder Ordner hierher. Der Name einer Datei ist ihre Rechnungsnummer; ihre Transaktion ist die Transaktions-ID im Namen (z. B. DSPY1000134_Invoice-12345.pdf) oder die, die eine Zuordnung nennt.</translation>
    </message>
    <message>
        <source>A CSV file with the lines transactionId,file[,invoiceSerialNumber]</source>
        <translation>Eine CSV-Datei mit den Zeilen transactionId,file[,invoiceSerialNumber]</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Alle Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Stop sending; the upload can be resumed later</source>
        <translation>Senden beenden; das Hochladen kann später fortgesetzt werden</translation>
    </message>
    <message>
        <source>Save every file with its transaction and state as a CSV file</source>
        <translation>Jede Datei mit ihrer Transaktion und ihrem Stand als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Use a &amp;map…</source>
        <translation>&amp;Zuordnung verwenden…</translation>
    </message>
    <message>
        <source>Clear &amp;the list</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>Ho&amp;chladen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel upload</source>
        <translation>&amp;Hochladen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;erneut senden</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>kontor::AuditLog</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused by the shop</source>
        <translation>Vom Shop abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The history of changes in %1 could not be written or read. Check that the disk is not full and the folder is writable.</source>
        <translation>Der Änderungsverlauf in %1 konnte nicht geschrieben oder gelesen werden. Prüfen Sie, ob der Datenträger voll ist und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>kontor::Bundles</name>
    <message>
        <source>A bundle needs its SKU.</source>
        <translation>Ein Paket braucht seine SKU.</translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation>Ein Paket braucht einen Namen.</translation>
    </message>
    <message>
        <source>The net price is a number such as 5000 or 12.10; &quot;%1&quot; is not.</source>
        <translation>Der Nettopreis ist eine Zahl wie 5000 oder 12.10; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The VAT is a percentage from 0 to 100, such as 27; &quot;%1&quot; is not.</source>
        <translation>Die MwSt. ist ein Prozentsatz von 0 bis 100, etwa 27; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as HUF or EUR; &quot;%1&quot; is not.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie HUF oder EUR; „%1“ nicht.</translation>
    </message>
    <message>
        <source>A bundle needs at least one product.</source>
        <translation>Ein Paket braucht mindestens ein Produkt.</translation>
    </message>
    <message>
        <source>Every product needs its SKU.</source>
        <translation>Jedes Produkt braucht seine SKU.</translation>
    </message>
    <message>
        <source>%1 is in the bundle twice; give it once with its quantity.</source>
        <translation>%1 ist zweimal im Paket; geben Sie es einmal mit seiner Menge an.</translation>
    </message>
    <message>
        <source>The quantity of %1 is a whole number, 1 or more; &quot;%2&quot; is not.</source>
        <translation>Die Menge von %1 ist eine ganze Zahl ab 1; „%2“ nicht.</translation>
    </message>
</context>
<context>
    <name>kontor::Capabilities</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product upload</source>
        <translation>Produkte hochladen</translation>
    </message>
    <message>
        <source>Deleting products</source>
        <translation>Produkte löschen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Discount cards</source>
        <translation>Rabattkarten</translation>
    </message>
    <message>
        <source>Marketplace transactions</source>
        <translation>Marktplatz-Transaktionen</translation>
    </message>
    <message>
        <source>Invoice upload</source>
        <translation>Rechnungen hochladen</translation>
    </message>
    <message>
        <source>%1&apos;s interface document lists &quot;%2&quot; but does not describe how it works, so Kontor cannot offer it for this service.</source>
        <translation>Die Schnittstellenbeschreibung von %1 nennt „%2“, beschreibt aber nicht, wie diese Funktion arbeitet. Daher kann Kontor sie für diesen Dienst nicht anbieten.</translation>
    </message>
    <message>
        <source>%1 does not offer &quot;%2&quot;.</source>
        <translation>%1 bietet „%2“ nicht an.</translation>
    </message>
</context>
<context>
    <name>kontor::CartItemType</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Bearbeitungsgebühr</translation>
    </message>
    <message>
        <source>Service-provider shipping</source>
        <translation>Versand über Dienstleister</translation>
    </message>
    <message>
        <source>Article option</source>
        <translation>Artikeloption</translation>
    </message>
    <message>
        <source>Article free quota</source>
        <translation>Freikontingent des Artikels</translation>
    </message>
    <message>
        <source>Article stock return</source>
        <translation>Lagerrückgabe des Artikels</translation>
    </message>
    <message>
        <source>Small-quantity surcharge</source>
        <translation>Mindermengenzuschlag</translation>
    </message>
    <message>
        <source>Credit for handling cost</source>
        <translation>Gutschrift für Bearbeitungskosten</translation>
    </message>
    <message>
        <source>Customer discount</source>
        <translation>Kundenrabatt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Article discount</source>
        <translation>Artikelrabatt</translation>
    </message>
    <message>
        <source>Free position added by admin</source>
        <translation>Vom Administrator hinzugefügte freie Position</translation>
    </message>
    <message>
        <source>Article order fee</source>
        <translation>Bestellgebühr für den Artikel</translation>
    </message>
    <message>
        <source>Article dynamic option</source>
        <translation>Dynamische Artikeloption</translation>
    </message>
    <message>
        <source>&quot;Postaktuell&quot; article</source>
        <translation>„Postaktuell“-Artikel</translation>
    </message>
    <message>
        <source>Cost absorption</source>
        <translation>Kostenübernahme</translation>
    </message>
    <message>
        <source>Advertising subsidy</source>
        <translation>Werbekostenzuschuss</translation>
    </message>
    <message>
        <source>Additional surcharge</source>
        <translation>Zusätzlicher Aufschlag</translation>
    </message>
    <message>
        <source>External article (OCI punch-out)</source>
        <translation>Externer Artikel (OCI-Punch-out)</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::ClientRegistry</name>
    <message>
        <source>The profile changed while it was being opened; try again.</source>
        <translation>Das Profil wurde geändert, während es geöffnet wurde; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor kann mit diesem Dienst nicht kommunizieren.</translation>
    </message>
    <message>
        <source>No password or API key is stored for the profile &apos;%1&apos;. Edit the profile to enter it.</source>
        <translation>Für das Profil „%1“ ist kein Passwort oder API-Schlüssel gespeichert. Bearbeiten Sie das Profil, um das Passwort oder den API-Schlüssel einzugeben.</translation>
    </message>
</context>
<context>
    <name>kontor::Components</name>
    <message>
        <source>%1 (running on %2)</source>
        <translation>%1 (läuft mit %2)</translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <extracomment>%1 a program or library, %2 its version, %3 its licence (an SPDX identifier such as MIT)</extracomment>
        <translation>%1 %2, Lizenz %3</translation>
    </message>
</context>
<context>
    <name>kontor::Customers</name>
    <message>
        <source>The customer id is a whole number; &quot;%1&quot; is not.</source>
        <translation>Die Kunden-ID ist eine ganze Zahl; „%1“ nicht.</translation>
    </message>
    <message>
        <source>Say which customer (their id), or ask for a new one to be created.</source>
        <translation>Geben Sie an, welcher Kunde (seine ID), oder lassen Sie einen neuen anlegen.</translation>
    </message>
    <message>
        <source>VirtualPOS works out the age from the birth date (birth_date); the age itself cannot be sent.</source>
        <translation>VirtualPOS berechnet das Alter aus dem Geburtsdatum (birth_date); das Alter selbst kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name (small letters, digits and _, e.g. fname or birth_date).</source>
        <translation>„%1“ ist kein Feldname (Kleinbuchstaben, Ziffern und _, z. B. fname oder birth_date).</translation>
    </message>
    <message>
        <source>%1 has its own option; it is not a customer field.</source>
        <translation>%1 hat eine eigene Option; es ist kein Kundenfeld.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 1980-05-17.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 1980-05-17.</translation>
    </message>
</context>
<context>
    <name>kontor::DiscountCards</name>
    <message>
        <source>the card id %1</source>
        <translation>die Karten-ID %1</translation>
    </message>
    <message>
        <source>the card number (uid) %1</source>
        <translation>die Kartennummer (UID) %1</translation>
    </message>
    <message>
        <source>the external id %1</source>
        <translation>die externe ID %1</translation>
    </message>
    <message>
        <source>the barcode %1</source>
        <translation>der Barcode %1</translation>
    </message>
    <message>
        <source>nothing yet: give the card id, the number (uid), the external id or the barcode</source>
        <translation>noch nichts: Geben Sie die Karten-ID, die Nummer (UID), die externe ID oder den Barcode an</translation>
    </message>
    <message>
        <source>A new card needs its number (uid).</source>
        <translation>Eine neue Karte braucht ihre Nummer (UID).</translation>
    </message>
    <message>
        <source>Say which card: its id, number (uid), external id or barcode.</source>
        <translation>Geben Sie an, welche Karte: ihre ID, Nummer (UID), externe ID oder ihren Barcode.</translation>
    </message>
    <message>
        <source>The card number (uid) is 1 to 12 digits; &quot;%1&quot; is not.</source>
        <translation>Die Kartennummer (UID) hat 1 bis 12 Ziffern; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The card id is a whole number; &quot;%1&quot; is not.</source>
        <translation>Die Karten-ID ist eine ganze Zahl; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The barcode of card number %1 is %2; leave it empty and the service makes it.</source>
        <translation>Der Barcode der Kartennummer %1 ist %2; lassen Sie das Feld leer, dann erzeugt ihn der Dienst.</translation>
    </message>
    <message>
        <source>The medium is PLASTIC, MAGNET or APP; &quot;%1&quot; is none of them.</source>
        <translation>Der Träger ist PLASTIC, MAGNET oder APP; „%1“ ist keiner davon.</translation>
    </message>
    <message>
        <source>The status is NEW, ACTIVE or BLOCKED; &quot;%1&quot; is none of them.</source>
        <translation>Der Status ist NEW, ACTIVE oder BLOCKED; „%1“ ist keiner davon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2026-11-27.</translation>
    </message>
    <message>
        <source>The card type id is a whole number; &quot;%1&quot; is not.</source>
        <translation>Die Kartentyp-ID ist eine ganze Zahl; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The customer id is a whole number; &quot;%1&quot; is not.</source>
        <translation>Die Kunden-ID ist eine ganze Zahl; „%1“ nicht.</translation>
    </message>
</context>
<context>
    <name>kontor::Ean13</name>
    <message>
        <source>Enter the 13 digits of the barcode.</source>
        <translation>Geben Sie die 13 Ziffern des Barcodes ein.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has digits only; &quot;%1&quot; has other characters.</source>
        <translation>Ein EAN-13-Barcode besteht nur aus Ziffern; „%1“ enthält andere Zeichen.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has 13 digits; &quot;%1&quot; has %2.</source>
        <translation>Ein EAN-13-Barcode hat 13 Ziffern; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>The last digit of %1 should be %2: the barcode is mistyped.</source>
        <translation>Die letzte Ziffer von %1 müsste %2 sein: Der Barcode ist vertippt.</translation>
    </message>
</context>
<context>
    <name>kontor::HtkClient</name>
    <message>
        <source>OmniSeller refused the API user or password. Check them in the profile.</source>
        <translation>OmniSeller hat den API-Benutzer oder das Passwort abgelehnt. Prüfen Sie beides im Profil.</translation>
    </message>
    <message>
        <source>Enter an order ID.</source>
        <translation>Geben Sie eine Bestell-ID ein.</translation>
    </message>
    <message>
        <source>Signed in to OmniSeller. Categories visible: %1.</source>
        <translation>Bei OmniSeller angemeldet. Sichtbare Kategorien: %1.</translation>
    </message>
    <message>
        <source>OmniSeller did not accept the sign-in, even with a fresh token. Check the API user and password in the profile, and that this user may use the interface.</source>
        <translation>OmniSeller hat die Anmeldung auch mit einem neuen Token nicht akzeptiert. Prüfen Sie API-Benutzer und Passwort im Profil und ob dieser Benutzer die Schnittstelle nutzen darf.</translation>
    </message>
</context>
<context>
    <name>kontor::HtkParser</name>
    <message>
        <source>OmniSeller refused the API user or password. Check them in the profile.</source>
        <translation>OmniSeller hat den API-Benutzer oder das Passwort abgelehnt. Prüfen Sie beides im Profil.</translation>
    </message>
    <message>
        <source>OmniSeller did not accept the sign-in. Check the API user and password in the profile.</source>
        <translation>OmniSeller hat die Anmeldung nicht akzeptiert. Prüfen Sie API-Benutzer und Passwort im Profil.</translation>
    </message>
    <message>
        <source>OmniSeller reported an error: &quot;%1&quot;. Try again later; if it keeps happening, tell OmniSeller&apos;s support.</source>
        <translation>OmniSeller meldet einen Fehler: „%1“. Versuchen Sie es später noch einmal; wenn das weiter passiert, wenden Sie sich an den Support von OmniSeller.</translation>
    </message>
    <message>
        <source>OmniSeller returned nothing for the order %1.</source>
        <translation>OmniSeller hat zur Bestellung %1 nichts geliefert.</translation>
    </message>
</context>
<context>
    <name>kontor::OrderListing</name>
    <message>
        <source>Loading the orders was cancelled.</source>
        <translation>Das Laden der Bestellungen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>kontor::OrderStatus</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>kontor::PrintloungeClient</name>
    <message>
        <source>Printlounge refused the user name or password. Check them in the profile; after several wrong tries the shop locks access for 15 minutes.</source>
        <translation>Printlounge hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides im Profil; nach mehreren Fehlversuchen sperrt der Shop den Zugang für 15 Minuten.</translation>
    </message>
    <message>
        <source>Printlounge does not know the order %1. Check the order code.</source>
        <translation>Printlounge kennt die Bestellung %1 nicht. Prüfen Sie den Bestellcode.</translation>
    </message>
    <message>
        <source>Enter an order code.</source>
        <translation>Geben Sie einen Bestellcode ein.</translation>
    </message>
    <message>
        <source>The order code &quot;%1&quot; contains a character that cannot be part of an order code (/ or \).</source>
        <translation>Der Bestellcode „%1“ enthält ein Zeichen, das in einem Bestellcode nicht vorkommen kann (/ oder \).</translation>
    </message>
    <message>
        <source>Signed in to Printlounge; the shop has no orders yet.</source>
        <translation>Bei Printlounge angemeldet; der Shop hat noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>Signed in to Printlounge; the newest order is %1.</source>
        <translation>Bei Printlounge angemeldet; die neueste Bestellung ist %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code. Printlounge&apos;s statuses are numbers, such as 61 or 137.</source>
        <translation>„%1“ ist kein Statuscode. Printlounge-Status sind Zahlen, etwa 61 oder 137.</translation>
    </message>
</context>
<context>
    <name>kontor::PrintloungeParser</name>
    <message>
        <source>Printlounge refused the request: &quot;%1&quot;.</source>
        <translation>Printlounge hat die Anfrage abgelehnt: „%1“.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductFields</name>
    <message>
        <source>A product is saved by its SKU; it cannot be empty.</source>
        <translation>Ein Produkt wird anhand seiner SKU gespeichert; sie darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Webshippy&apos;s products have no field &quot;%1&quot;.</source>
        <translation>Webshippy-Produkte haben kein Feld „%1“.</translation>
    </message>
    <message>
        <source>Type a number such as 1200 or 12.10 (digits with at most one decimal point or comma); &quot;%1&quot; is not one.</source>
        <translation>Geben Sie eine Zahl wie 1200 oder 12.10 ein (Ziffern mit höchstens einem Dezimalpunkt oder -komma); „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Webshippy takes the VAT as a fraction: 0.27 for 27%; &quot;%1&quot; is more than 1.</source>
        <translation>Webshippy nimmt die MwSt. als Bruchteil: 0.27 für 27 %; „%1“ ist größer als 1.</translation>
    </message>
    <message>
        <source>Type a whole number such as 5, without a sign or decimals; &quot;%1&quot; is not one.</source>
        <translation>Geben Sie eine ganze Zahl wie 5 ein, ohne Vorzeichen oder Nachkommastellen; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Webshippy takes &quot;yes&quot; or &quot;no&quot; here; &quot;%1&quot; is neither.</source>
        <translation>Webshippy erwartet hier „yes“ oder „no“; „%1“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>Webshippy takes a category as its code, a main and a sub category number such as 3-406; &quot;%1&quot; is not one.</source>
        <translation>Webshippy nimmt eine Kategorie als Code aus Haupt- und Unterkategorienummer wie 3-406; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>Each line is one image&apos;s web address, starting with https:// or http://; this is not: %1</source>
        <translation>Jede Zeile ist die Webadresse eines Bildes, beginnend mit https:// oder http://; diese nicht: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most 80 characters).</source>
        <translation>Der Profilname ist zu lang (höchstens 80 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, for example https://shop.example.com.</source>
        <translation>Geben Sie die Adresse des Dienstes ein, zum Beispiel https://shop.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a server, for example https://shop.example.com.</source>
        <translation>Die Adresse muss mit https:// beginnen und einen Server nennen, zum Beispiel https://shop.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// sends your password unprotected. Use https://, or allow insecure http explicitly for this profile.</source>
        <translation>Über einfaches http:// wird Ihr Passwort ungeschützt gesendet. Verwenden Sie https:// oder erlauben Sie unsicheres http ausdrücklich für dieses Profil.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the profile&apos;s fields instead.</source>
        <translation>Schreiben Sie keinen Benutzernamen und kein Passwort in die Adresse; nutzen Sie dafür die Felder des Profils.</translation>
    </message>
    <message>
        <source>Name the header that carries the key, for example X-Api-Key.</source>
        <translation>Geben Sie den Header an, der den Schlüssel enthält, zum Beispiel X-Api-Key.</translation>
    </message>
    <message>
        <source>HTTP Basic sign-in needs a user name.</source>
        <translation>Die Anmeldung mit HTTP Basic braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>OmniSeller needs the API user name.</source>
        <translation>OmniSeller braucht den Namen des API-Benutzers.</translation>
    </message>
    <message>
        <source>The timeouts must be at least one second, and the total time at least as long as the inactivity time.</source>
        <translation>Die Zeitlimits müssen mindestens eine Sekunde betragen, und die Gesamtzeit muss mindestens so lang sein wie die Zeit ohne Datenverkehr.</translation>
    </message>
    <message>
        <source>The trusted certificate&apos;s fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Der Fingerabdruck des vertrauenswürdigen Zertifikats muss aus 64 Hexadezimalziffern bestehen (SHA-256).</translation>
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
        <translation>Kontor konnte seine Profile nicht aus %1 lesen: %2</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged, so Kontor will not change it. Move it aside to start afresh. (%2)</source>
        <translation>Die Profildatei %1 ist beschädigt, daher ändert Kontor sie nicht. Verschieben Sie sie an einen anderen Ort, um neu zu beginnen. (%2)</translation>
    </message>
    <message>
        <source>It is not a Kontor profile list.</source>
        <translation>Es ist keine Profilliste von Kontor.</translation>
    </message>
    <message>
        <source>The profile file could not be read, so Kontor does not overwrite it.</source>
        <translation>Die Profildatei konnte nicht gelesen werden, daher überschreibt Kontor sie nicht.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Kontor could not create its settings folder %1. Check that you may write there.</source>
        <translation>Kontor konnte seinen Einstellungsordner %1 nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Kontor could not save the profiles to %1: %2</source>
        <translation>Kontor konnte die Profile nicht in %1 speichern: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SecretStore</name>
    <message>
        <source>No password or key is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Passwort oder Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available, and no password or key was entered for this profile in this session.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, und in dieser Sitzung wurde für dieses Profil kein Passwort oder Schlüssel eingegeben.</translation>
    </message>
    <message>
        <source>The password or API key could not be read from the system keychain.</source>
        <translation>Das Passwort oder der API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelesen werden.</translation>
    </message>
    <message>
        <source>The password or API key could not be saved in the system keychain.</source>
        <translation>Das Passwort oder der API-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden.</translation>
    </message>
    <message>
        <source>The password or API key could not be removed from the system keychain; it is still stored there.</source>
        <translation>Das Passwort oder der API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden und ist dort weiterhin gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to your desktop session or in its password manager) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch die Anmeldung an Ihrer Desktop-Sitzung oder in seiner Passwortverwaltung) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain refused Kontor access. Allow Kontor in the keychain&apos;s settings and try again.</source>
        <translation>Der Schlüsselbund hat Kontor den Zugriff verweigert. Erlauben Sie Kontor den Zugriff in den Einstellungen des Schlüsselbunds und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This computer has no system keychain (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund des Systems (unter Linux: Es läuft kein Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The keychain gave no reason.</source>
        <translation>Der Schlüsselbund hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
</context>
<context>
    <name>kontor::StatusChanger</name>
    <message>
        <source>Not sent: the change was cancelled.</source>
        <translation>Nicht gesendet: Die Änderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: the profile was closed.</source>
        <translation>Nicht gesendet: Das Profil wurde geschlossen.</translation>
    </message>
    <message>
        <source>The order %1 now has the status %2.</source>
        <translation>Die Bestellung %1 hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>%1 The history could not record it: %2</source>
        <translation>%1 Der Verlauf konnte die Änderung nicht aufzeichnen: %2</translation>
    </message>
</context>
<context>
    <name>kontor::VirtposClient</name>
    <message>
        <source>VirtualPOS did not accept the API key. Check it in the profile.</source>
        <translation>VirtualPOS hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn im Profil.</translation>
    </message>
    <message>
        <source>Signed in to VirtualPOS. Orders of the last day: %1.</source>
        <translation>Bei VirtualPOS angemeldet. Bestellungen des letzten Tages: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::VirtposParser</name>
    <message>
        <source>VirtualPOS did not accept the API key. Check it in the profile.</source>
        <translation>VirtualPOS hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn im Profil.</translation>
    </message>
    <message>
        <source>VirtualPOS refused the request without saying why. Try again later; if it keeps happening, ask VirtualPOS&apos;s support.</source>
        <translation>VirtualPOS hat die Anfrage ohne Begründung abgelehnt. Versuchen Sie es später noch einmal; wenn das weiter passiert, wenden Sie sich an den Support von VirtualPOS.</translation>
    </message>
    <message>
        <source>VirtualPOS refused the request: &quot;%1&quot;. Check the request, or try again later.</source>
        <translation>VirtualPOS hat die Anfrage abgelehnt: „%1“. Prüfen Sie die Anfrage oder versuchen Sie es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyClient</name>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>Webshippy hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn im Profil.</translation>
    </message>
    <message>
        <source>Signed in to Webshippy; there are no products yet.</source>
        <translation>Bei Webshippy angemeldet; es gibt noch keine Produkte.</translation>
    </message>
    <message>
        <source>Signed in to Webshippy; the product list answers.</source>
        <translation>Bei Webshippy angemeldet; die Produktliste ist erreichbar.</translation>
    </message>
    <message>
        <source>The product list cannot continue from here; load it again.</source>
        <translation>Die Produktliste kann an dieser Stelle nicht fortgesetzt werden; laden Sie sie neu.</translation>
    </message>
    <message>
        <source>A product needs its SKU.</source>
        <translation>Ein Produkt braucht seine SKU.</translation>
    </message>
    <message>
        <source>Webshippy lets a product&apos;s barcode change only while it is empty or before any goods receipt was recorded for the product.</source>
        <translation>Webshippy erlaubt eine Änderung des Barcodes nur, solange er leer ist oder bevor ein Wareneingang für das Produkt erfasst wurde.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyEnvelope</name>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>Webshippy hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn im Profil.</translation>
    </message>
    <message>
        <source>Webshippy refused the request without saying why. Try again later; if it keeps happening, ask Webshippy&apos;s support.</source>
        <translation>Webshippy hat die Anfrage ohne Begründung abgelehnt. Versuchen Sie es später noch einmal; wenn das weiter passiert, wenden Sie sich an den Support von Webshippy.</translation>
    </message>
    <message>
        <source>Webshippy refused the request: &quot;%1&quot;.</source>
        <translation>Webshippy hat die Anfrage abgelehnt: „%1“.</translation>
    </message>
</context>
<context>
    <name>kontor::WebshippyParser</name>
    <message>
        <source>Another invoice (%1) is already stored for this transaction.</source>
        <translation>Für diese Transaktion ist bereits eine andere Rechnung (%1) gespeichert.</translation>
    </message>
    <message>
        <source>without a number</source>
        <translation>ohne Nummer</translation>
    </message>
    <message>
        <source>Webshippy did not store the invoice.</source>
        <translation>Webshippy hat die Rechnung nicht gespeichert.</translation>
    </message>
    <message>
        <source>Webshippy does not know this transaction.</source>
        <translation>Webshippy kennt diese Transaktion nicht.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::BundleCommands</name>
    <message>
        <source>The bundle file is one JSON object with bundleSku, bundleName, bundlePriceNet and products, as in Webshippy&apos;s document.</source>
        <translation>Die Paketdatei ist ein JSON-Objekt mit bundleSku, bundleName, bundlePriceNet und products, wie im Dokument von Webshippy.</translation>
    </message>
    <message>
        <source>Give the bundle&apos;s JSON file, e.g. &apos;bundles create bundle.json&apos;.</source>
        <translation>Geben Sie die JSON-Datei des Pakets an, z. B. &apos;bundles create bundle.json&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; bundles are Webshippy&apos;s.</source>
        <translation>Das Profil &apos;%1&apos; ist ein %2-Profil; Pakete gibt es bei Webshippy.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor kann mit diesem Dienst nicht sprechen.</translation>
    </message>
    <message>
        <source>Bundle %1 created (Webshippy id %2).</source>
        <translation>Paket %1 angelegt (Webshippy-ID %2).</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CardCommands</name>
    <message>
        <source>Give one card uid, e.g. &apos;cards ean13 123456789&apos;.</source>
        <translation>Geben Sie eine Karten-UID an, z. B. &apos;cards ean13 123456789&apos;.</translation>
    </message>
    <message>
        <source>uid: a card&apos;s uid is 1 to 12 digits; &quot;%1&quot; is not.</source>
        <translation>uid: Die UID einer Karte hat 1 bis 12 Ziffern; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The card&apos;s fields are options, e.g. --uid 123456789 --medium PLASTIC; &apos;%1&apos; is not one.</source>
        <translation>Die Felder der Karte sind Optionen, z. B. --uid 123456789 --medium PLASTIC; &apos;%1&apos; ist keine.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; discount cards are VirtualPOS&apos;s.</source>
        <translation>Das Profil &apos;%1&apos; ist ein %2-Profil; Rabattkarten gibt es bei VirtualPOS.</translation>
    </message>
    <message>
        <source>The card is found by %1.</source>
        <translation>Die Karte wird gefunden über %1.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor kann mit diesem Dienst nicht sprechen.</translation>
    </message>
    <message>
        <source>The card is deleted.</source>
        <translation>Die Karte ist gelöscht.</translation>
    </message>
    <message>
        <source>Card %1 created.</source>
        <translation>Karte %1 angelegt.</translation>
    </message>
    <message>
        <source>Card %1 updated.</source>
        <translation>Karte %1 geändert.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CliApp</name>
    <message>
        <source>Kontor on the command line: manage connection profiles and read orders, categories and products from htk, printlounge, virtpos and webshippy.</source>
        <translation>Kontor auf der Kommandozeile: Verbindungsprofile verwalten und Bestellungen, Kategorien und Produkte aus htk, printlounge, virtpos und webshippy lesen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Read and write profiles in DIR (default: $KONTOR_CONFIG_DIR, else the per-user config folder).</source>
        <translation>Profile in VERZEICHNIS lesen und schreiben (Standard: $KONTOR_CONFIG_DIR, sonst der Konfigurationsordner des Benutzers).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Use the profile NAME (needed when there is more than one).</source>
        <translation>Das Profil NAME verwenden (nötig, wenn es mehrere gibt).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print one JSON document with stable keys instead of text.</source>
        <translation>Statt Text ein JSON-Dokument mit festen Schlüsseln ausgeben.</translation>
    </message>
    <message>
        <source>Take the secret from the environment variable VAR for this run (for unattended runs without a keychain).</source>
        <translation>Die Zugangsdaten für diesen Aufruf aus der Umgebungsvariablen VARIABLE lesen (für unbeaufsichtigte Aufrufe ohne Schlüsselbund).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>Das Protokoll zusätzlich auf die Standardfehlerausgabe schreiben.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The option --%1 belongs to &apos;%2&apos;, not to &apos;%3&apos;.</source>
        <translation>Die Option --%1 gehört zu &apos;%2&apos;, nicht zu &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli --help&apos; lists the options.</source>
        <translation>&apos;kontor-cli --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Name a command; &apos;kontor-cli --help&apos; lists them.</source>
        <translation>Geben Sie einen Befehl an; &apos;kontor-cli --help&apos; zeigt alle Befehle.</translation>
    </message>
    <message>
        <source>--secret-env needs the name of an environment variable.</source>
        <translation>--secret-env braucht den Namen einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;kontor-cli --help&apos; lists the commands.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;; &apos;kontor-cli --help&apos; zeigt die Befehle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no further words; choose the profile with --profile NAME.</source>
        <translation>&apos;%1&apos; erwartet keine weiteren Wörter; wählen Sie das Profil mit --profile NAME.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
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
        <translation>Aufruf: kontor-cli [Optionen] COMMAND [Argumente]</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Optionen für alle Befehle:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 service or network error, 2 usage error, 3 partly done (e.g. the profile was saved but the keychain did not take its secret), 4 authentication failed or no secret.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Dienst- oder Netzwerkfehler, 2 Aufruffehler, 3 teilweise ausgeführt (z. B. wurde das Profil gespeichert, aber der Schlüsselbund hat die Zugangsdaten nicht übernommen), 4 Anmeldung fehlgeschlagen oder keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli help COMMAND&apos; shows a command&apos;s options.</source>
        <translation>&apos;kontor-cli help COMMAND&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no options of its own.</source>
        <translation>&apos;%1&apos; hat keine eigenen Optionen.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>The options every command takes (--profile NAME, --json, --config-dir DIR and more) are listed by &apos;kontor-cli --help&apos;.</source>
        <translation>Die Optionen, die jeder Befehl akzeptiert (--profile NAME, --json, --config-dir VERZEICHNIS und weitere), zeigt &apos;kontor-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Commands of &apos;%1&apos;:</source>
        <translation>Befehle der Gruppe &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;kontor-cli help&apos; lists the commands.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;; &apos;kontor-cli help&apos; zeigt die Befehle.</translation>
    </message>
    <message>
        <source>&apos;kontor-cli help %1&apos; lists its options.</source>
        <translation>&apos;kontor-cli help %1&apos; zeigt seine Optionen.</translation>
    </message>
    <message>
        <source>The service: htk, printlounge, virtpos or webshippy.</source>
        <translation>Der Dienst: htk, printlounge, virtpos oder webshippy.</translation>
    </message>
    <message>
        <source>The service&apos;s base address.</source>
        <translation>Die Basisadresse des Dienstes.</translation>
    </message>
    <message>
        <source>The user name, where the service has one.</source>
        <translation>Der Benutzername, sofern der Dienst einen verwendet.</translation>
    </message>
    <message>
        <source>How to sign in: none, basic, bearer or header:NAME (default: per service).</source>
        <translation>Anmeldeart: none, basic, bearer oder header:NAME (Standard: je nach Dienst).</translation>
    </message>
    <message>
        <source>json or xml (VirtualPOS and Webshippy).</source>
        <translation>json oder xml (VirtualPOS und Webshippy).</translation>
    </message>
    <message>
        <source>Read the secret from standard input into the keychain.</source>
        <translation>Die Zugangsdaten von der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer.</source>
        <translation>Unverschlüsseltes http:// auch zu einem anderen Host als diesem Computer erlauben.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (64 hex digits; colons and case do not matter), for a shop on its own certificate authority; &apos;none&apos; removes it.</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (64 Hexadezimalziffern; Doppelpunkte sowie Groß- und Kleinschreibung spielen keine Rolle), für einen Shop mit eigener Zertifizierungsstelle; &apos;none&apos; entfernt es.</translation>
    </message>
    <message>
        <source>Read every page (--limit still caps the rows).</source>
        <translation>Alle Seiten lesen (--limit begrenzt die Zeilen weiterhin).</translation>
    </message>
    <message>
        <source>At most N rows (default 50).</source>
        <translation>Höchstens N Zeilen (Standard: 50).</translation>
    </message>
    <message>
        <source>Rows asked for per request (default 50).</source>
        <translation>Angeforderte Zeilen pro Anfrage (Standard: 50).</translation>
    </message>
    <message>
        <source>Printlounge: only orders with this order status code.</source>
        <translation>Printlounge: nur Bestellungen mit diesem Bestellstatuscode.</translation>
    </message>
    <message>
        <source>Printlounge: only orders with this status code.</source>
        <translation>Printlounge: nur Bestellungen mit diesem Statuscode.</translation>
    </message>
    <message>
        <source>Printlounge: only orders paid (1) or not paid (0).</source>
        <translation>Printlounge: nur bezahlte (1) oder nicht bezahlte (0) Bestellungen.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the customer with this id.</source>
        <translation>VirtualPOS: nur Bestellungen des Kunden mit dieser ID.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the customer with this external id.</source>
        <translation>VirtualPOS: nur Bestellungen des Kunden mit dieser externen ID.</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders from this day on (YYYY-MM-DD).</source>
        <translation>VirtualPOS: nur Bestellungen ab diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders up to this day (YYYY-MM-DD).</source>
        <translation>VirtualPOS: nur Bestellungen bis zu diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>VirtualPOS: only orders of the last N days.</source>
        <translation>VirtualPOS: nur Bestellungen der letzten N Tage.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the rows to FILE as CSV (RFC 4180, UTF-8 with BOM, the table&apos;s columns) instead of printing them.</source>
        <translation>Die Zeilen als CSV in DATEI schreiben (RFC 4180, UTF-8 mit BOM, Spalten der Tabelle), statt sie auszugeben.</translation>
    </message>
    <message>
        <source>put or patch (default: the profile&apos;s setting, else put).</source>
        <translation>put oder patch (Standard: die Einstellung des Profils, sonst put).</translation>
    </message>
    <message>
        <source>Only changes from DATE on (YYYY-MM-DD).</source>
        <translation>Nur Änderungen ab DATUM (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Save a new profile (needs --service and --url).</source>
        <translation>Ein neues Profil speichern (erfordert --service und --url).</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Die gespeicherten Profile auflisten.</translation>
    </message>
    <message>
        <source>Show a profile; says whether a secret is stored.</source>
        <translation>Ein Profil anzeigen; nennt auch, ob Zugangsdaten gespeichert sind.</translation>
    </message>
    <message>
        <source>Remove a profile and its secret.</source>
        <translation>Ein Profil und seine Zugangsdaten entfernen.</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <source>Prove with one signed-in call that it works.</source>
        <translation>Mit einem angemeldeten Aufruf nachweisen, dass das Profil funktioniert.</translation>
    </message>
    <message>
        <source>Store the secret read from standard input.</source>
        <translation>Die von der Standardeingabe gelesenen Zugangsdaten speichern.</translation>
    </message>
    <message>
        <source>Trust one server certificate, or none.</source>
        <translation>Einem bestimmten Serverzertifikat vertrauen oder keinem.</translation>
    </message>
    <message>
        <source>NAME CODE TEXT</source>
        <translation>NAME CODE TEXT</translation>
    </message>
    <message>
        <source>Name a status code (&quot;&quot; removes the name).</source>
        <translation>Einem Statuscode einen Namen geben (&quot;&quot; entfernt den Namen).</translation>
    </message>
    <message>
        <source>Show the category tree (OmniSeller HTK).</source>
        <translation>Den Kategoriebaum anzeigen (OmniSeller HTK).</translation>
    </message>
    <message>
        <source>List orders (OmniSeller HTK, Printlounge, VirtualPOS).</source>
        <translation>Bestellungen auflisten (OmniSeller HTK, Printlounge, VirtualPOS).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>Show one order with all its fields and items.</source>
        <translation>Eine Bestellung mit allen Feldern und Positionen anzeigen.</translation>
    </message>
    <message>
        <source>CODE STATUS</source>
        <translation>CODE STATUS</translation>
    </message>
    <message>
        <source>Change an order&apos;s status (Printlounge).</source>
        <translation>Den Status einer Bestellung ändern (Printlounge).</translation>
    </message>
    <message>
        <source>List products (Webshippy).</source>
        <translation>Produkte auflisten (Webshippy).</translation>
    </message>
    <message>
        <source>List every change Kontor made to a shop.</source>
        <translation>Alle Änderungen auflisten, die Kontor an einem Shop vorgenommen hat.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Show a discount card&apos;s EAN-13 barcode as VirtualPOS makes it from the uid.</source>
        <translation>Den EAN-13-Barcode einer Rabattkarte zeigen, wie VirtualPOS ihn aus der UID bildet.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NEW, ACTIVE or BLOCKED.</source>
        <translation>NEW, ACTIVE oder BLOCKED.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The card&apos;s id in another system, e.g. 1C (the third key).</source>
        <translation>Die ID der Karte in einem anderen System, z. B. 1C (der dritte Schlüssel).</translation>
    </message>
    <message>
        <source>The card&apos;s id in VirtualPOS (the first key the card is found by).</source>
        <translation>Die ID der Karte in VirtualPOS (der erste Schlüssel, über den sie gefunden wird).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>The card&apos;s number, 1 to 12 digits (the second key).</source>
        <translation>Die Nummer der Karte, 1 bis 12 Ziffern (der zweite Schlüssel).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Find the card by this barcode (the last key); it is not changed.</source>
        <translation>Die Karte über diesen Barcode finden (der letzte Schlüssel); er wird nicht geändert.</translation>
    </message>
    <message>
        <source>The card&apos;s new barcode (EAN-13, checked).</source>
        <translation>Der neue Barcode der Karte (EAN-13, wird geprüft).</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>TRÄGER</translation>
    </message>
    <message>
        <source>PLASTIC, MAGNET or APP.</source>
        <translation>PLASTIC, MAGNET oder APP.</translation>
    </message>
    <message>
        <source>The day the card was blocked (YYYY-MM-DD).</source>
        <translation>Der Tag, an dem die Karte gesperrt wurde (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The day the card was given out (YYYY-MM-DD).</source>
        <translation>Der Tag, an dem die Karte ausgegeben wurde (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The card type&apos;s id.</source>
        <translation>Die ID des Kartentyps.</translation>
    </message>
    <message>
        <source>The card type by name, when no --type-id is given (a new name makes a new type).</source>
        <translation>Der Kartentyp nach Name, wenn keine --type-id angegeben ist (ein neuer Name legt einen neuen Typ an).</translation>
    </message>
    <message>
        <source>The customer the card belongs to.</source>
        <translation>Der Kunde, dem die Karte gehört.</translation>
    </message>
    <message>
        <source>The customer by their external id, when no --customer-id is given.</source>
        <translation>Der Kunde über seine externe ID, wenn keine --customer-id angegeben ist.</translation>
    </message>
    <message>
        <source>update: create the card when no key finds it.</source>
        <translation>update: die Karte anlegen, wenn kein Schlüssel sie findet.</translation>
    </message>
    <message>
        <source>Print the request that would be sent, and send nothing.</source>
        <translation>Die Anfrage ausgeben, die gesendet würde, und nichts senden.</translation>
    </message>
    <message>
        <source>Add a discount card (VirtualPOS).</source>
        <translation>Eine Rabattkarte anlegen (VirtualPOS).</translation>
    </message>
    <message>
        <source>Change a discount card, found by --card-id, --uid, --external-id or --card-barcode (in that order) (VirtualPOS).</source>
        <translation>Eine Rabattkarte ändern, gefunden über --card-id, --uid, --external-id oder --card-barcode (in dieser Reihenfolge) (VirtualPOS).</translation>
    </message>
    <message>
        <source>Delete a discount card, found by --card-id, --uid, --external-id or --card-barcode (VirtualPOS).</source>
        <translation>Eine Rabattkarte löschen, gefunden über --card-id, --uid, --external-id oder --card-barcode (VirtualPOS).</translation>
    </message>
    <message>
        <source>Create the customer when the id finds none (or no id is given).</source>
        <translation>Den Kunden anlegen, wenn die ID keinen findet (oder keine ID angegeben ist).</translation>
    </message>
    <message>
        <source>The customer group by name (a new name makes a new group).</source>
        <translation>Die Kundengruppe nach Name (ein neuer Name legt eine neue Gruppe an).</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FELD=WERT</translation>
    </message>
    <message>
        <source>A customer field as VirtualPOS names it, e.g. --set email=anna@example.org (repeatable; age is worked out by VirtualPOS and cannot be set).</source>
        <translation>Ein Kundenfeld mit dem Namen, den VirtualPOS verwendet, z. B. --set email=anna@example.org (mehrfach möglich; das Alter berechnet VirtualPOS, es kann nicht gesetzt werden).</translation>
    </message>
    <message>
        <source>List customers (VirtualPOS).</source>
        <translation>Kunden auflisten (VirtualPOS).</translation>
    </message>
    <message>
        <source>Read every page.</source>
        <translation>Alle Seiten lesen.</translation>
    </message>
    <message>
        <source>Customers per page (default 50; with --all every page).</source>
        <translation>Kunden pro Seite (Standard 50; mit --all jede Seite).</translation>
    </message>
    <message>
        <source>Change or create a customer (VirtualPOS).</source>
        <translation>Einen Kunden ändern oder anlegen (VirtualPOS).</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>Die ID des Kunden.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>DATEI.json</translation>
    </message>
    <message>
        <source>Create a product bundle from a JSON file in the document&apos;s form (Webshippy).</source>
        <translation>Ein Produktpaket aus einer JSON-Datei in der Form des Dokuments anlegen (Webshippy).</translation>
    </message>
    <message>
        <source>[FILE.json]</source>
        <translation>[DATEI.json]</translation>
    </message>
    <message>
        <source>Create or change a product by its SKU, and say which happened (Webshippy).</source>
        <translation>Ein Produkt über seine SKU anlegen oder ändern und sagen, was geschah (Webshippy).</translation>
    </message>
    <message>
        <source>A product field as Webshippy names it, e.g. --set price=12.10 (repeatable; it replaces the file&apos;s).</source>
        <translation>Ein Produktfeld mit dem Namen, den Webshippy verwendet, z. B. --set price=12.10 (mehrfach möglich; ersetzt das aus der Datei).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Only the product with this SKU.</source>
        <translation>Nur das Produkt mit dieser SKU.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only products whose name contains TEXT.</source>
        <translation>Nur Produkte, deren Name TEXT enthält.</translation>
    </message>
    <message>
        <source>Only the product with this Webshippy id.</source>
        <translation>Nur das Produkt mit dieser Webshippy-ID.</translation>
    </message>
    <message>
        <source>Only the product with this reference id.</source>
        <translation>Nur das Produkt mit dieser Referenz-ID.</translation>
    </message>
    <message>
        <source>Read every page (--limit is the page size).</source>
        <translation>Alle Seiten lesen (--limit ist die Seitengröße).</translation>
    </message>
    <message>
        <source>Only the product with this barcode.</source>
        <translation>Nur das Produkt mit diesem Barcode.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Only products changed since TIME (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS).</source>
        <translation>Nur Produkte, die seit ZEIT geändert wurden (JJJJ-MM-TT oder JJJJ-MM-TT HH:MM:SS).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only transactions whose invoice is invoiced, uninvoiced or error.</source>
        <translation>Nur Transaktionen, deren Rechnung invoiced, uninvoiced oder error ist.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Only transactions where you are the supplier or the retailer.</source>
        <translation>Nur Transaktionen, in denen Sie Lieferant (supplier) oder Händler (retailer) sind.</translation>
    </message>
    <message>
        <source>List marketplace transactions with their invoice state (Webshippy).</source>
        <translation>Marktplatz-Transaktionen mit ihrem Rechnungsstatus auflisten (Webshippy).</translation>
    </message>
    <message>
        <source>Only transactions from this day on (YYYY-MM-DD).</source>
        <translation>Nur Transaktionen ab diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Only transactions up to this day (YYYY-MM-DD).</source>
        <translation>Nur Transaktionen bis zu diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <source>Match files to transactions by a CSV map: transactionId,file[,invoiceSerialNumber].</source>
        <translation>Dateien über eine CSV-Zuordnung den Transaktionen zuordnen: transactionId,file[,invoiceSerialNumber].</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 16 (default 4).</source>
        <translation>Gleichzeitig laufende Anfragen, 1 bis 16 (Standard 4).</translation>
    </message>
    <message>
        <source>At most N invoices per request (default 25).</source>
        <translation>Höchstens N Rechnungen pro Anfrage (Standard 25).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>At most this much per request, e.g. 4M (default 2M).</source>
        <translation>Höchstens so viel pro Anfrage, z. B. 4M (Standard 2M).</translation>
    </message>
    <message>
        <source>Finish the profile&apos;s unfinished upload first (after a crash); without one, upload the files given.</source>
        <translation>Zuerst den unterbrochenen Upload des Profils abschließen (nach einem Absturz); gibt es keinen, die angegebenen Dateien hochladen.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>Upload invoice files (or folders of them) to their marketplace transactions, each exactly once (Webshippy).</source>
        <translation>Rechnungsdateien (oder Ordner davon) zu ihren Marktplatz-Transaktionen hochladen, jede genau einmal (Webshippy).</translation>
    </message>
    <message>
        <source>Print every request and its answer to standard error, every secret masked.</source>
        <translation>Jede Anfrage und ihre Antwort auf die Standardfehlerausgabe schreiben, jedes Geheimnis maskiert.</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>The profile&apos;s proxy: app (the application&apos;s setting, the default), none (connect directly), or http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT.</source>
        <translation>Der Proxy des Profils: app (Einstellung der Anwendung, Standard), none (direkt verbinden) oder http://[BENUTZER@]HOST:PORT bzw. socks5://[BENUTZER@]HOST:PORT.</translation>
    </message>
    <message>
        <source>NAME PROXY</source>
        <translation>NAME PROXY</translation>
    </message>
    <message>
        <source>Send the profile&apos;s requests through PROXY: app, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT.</source>
        <translation>Die Anfragen des Profils über PROXY senden: app, none, http://[BENUTZER@]HOST:PORT oder socks5://[BENUTZER@]HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::CustomerCommands</name>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; customers are VirtualPOS&apos;s.</source>
        <translation>Das Profil &apos;%1&apos; ist ein %2-Profil; Kunden gibt es bei VirtualPOS.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor kann mit diesem Dienst nicht sprechen.</translation>
    </message>
    <message>
        <source>&apos;customers list&apos; takes no further words; choose the profile with --profile NAME.</source>
        <translation>&apos;customers list&apos; nimmt keine weiteren Wörter; wählen Sie das Profil mit --profile NAME.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000.</source>
        <translation>--limit nimmt eine ganze Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Keine Kunden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>The fields are given with --set FIELD=VALUE; &apos;%1&apos; is not one.</source>
        <translation>Die Felder werden mit --set FELD=WERT angegeben; &apos;%1&apos; ist keins.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. --set email=anna@example.org; &quot;%1&quot; is not.</source>
        <translation>--set nimmt FELD=WERT, z. B. --set email=anna@example.org; „%1“ nicht.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Kunde %1 angelegt.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>Kunde %1 geändert.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::InvoiceCommands</name>
    <message>
        <source>--parallel takes a whole number from 1 to 16.</source>
        <translation>--parallel erwartet eine ganze Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <source>--batch-size takes a whole number from 1 to 1000.</source>
        <translation>--batch-size erwartet eine ganze Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>--max-batch-bytes takes a size of at least 64K, e.g. 8M or 2000000.</source>
        <translation>--max-batch-bytes erwartet eine Größe von mindestens 64K, z. B. 8M oder 2000000.</translation>
    </message>
    <message>
        <source>There is no file or folder &quot;%1&quot;.</source>
        <translation>Es gibt keine Datei und keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile. %3</source>
        <translation>Das Profil &apos;%1&apos; ist ein %2-Profil. %3</translation>
    </message>
    <message>
        <source>An upload of %1 invoices to &apos;%2&apos; did not finish (%3 done). Run the command again with --resume to finish it first; nothing is sent twice.</source>
        <translation>Ein Upload von %1 Rechnungen an „%2“ wurde nicht abgeschlossen (%3 erledigt). Führen Sie den Befehl erneut mit --resume aus, um ihn zuerst abzuschließen; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>There is no unfinished upload for &apos;%1&apos;; give the invoice files or folders to upload.</source>
        <translation>Für „%1“ gibt es keinen unterbrochenen Upload; geben Sie die hochzuladenden Rechnungsdateien oder Ordner an.</translation>
    </message>
    <message>
        <source>Give the invoice files or folders to upload, e.g. &apos;invoices upload ~/invoices&apos;.</source>
        <translation>Geben Sie die hochzuladenden Rechnungsdateien oder Ordner an, z. B. „invoices upload ~/invoices“.</translation>
    </message>
    <message>
        <source>The map %1 cannot be read (%2).</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>This profile has no transactions.</source>
        <translation>Dieses Profil hat keine Transaktionen.</translation>
    </message>
    <message>
        <source>Reading the shop&apos;s transactions…</source>
        <translation>Transaktionen des Shops werden gelesen…</translation>
    </message>
    <message>
        <source>would upload %1 as invoice %2 of %3</source>
        <translation>würde %1 als Rechnung %2 zu %3 hochladen</translation>
    </message>
    <message>
        <source>would skip %1: %2</source>
        <translation>würde %1 überspringen: %2</translation>
    </message>
    <message>
        <source>Nothing was sent (--dry-run).</source>
        <translation>Es wurde nichts gesendet (--dry-run).</translation>
    </message>
    <message>
        <source>%1 of %2 invoices done, %3 of %4</source>
        <translation>%1 von %2 Rechnungen erledigt, %3 von %4</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1 (%2): %3</source>
        <translation>fehlgeschlagen: %1 (%2): %3</translation>
    </message>
    <message>
        <source>not confirmed: %1 (%2); run again with --resume</source>
        <translation>nicht bestätigt: %1 (%2); erneut mit --resume ausführen</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>Uploaded %1 invoices; %2 were already there, %3 failed, %4 skipped.</source>
        <translation>%1 Rechnungen hochgeladen; %2 waren schon vorhanden, %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::OutputWriter</name>
    <message>
        <source>Nothing was sent (--dry-run).</source>
        <translation>Es wurde nichts gesendet (--dry-run).</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProductCommands</name>
    <message>
        <source>Give at most one product file, e.g. &apos;products upsert product.json&apos;.</source>
        <translation>Geben Sie höchstens eine Produktdatei an, z. B. &apos;products upsert product.json&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The product file is one JSON object with the product&apos;s fields, as in Webshippy&apos;s document.</source>
        <translation>Die Produktdatei ist ein JSON-Objekt mit den Feldern des Produkts, wie im Dokument von Webshippy.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. --set price=12.10; &quot;%1&quot; is not.</source>
        <translation>--set nimmt FELD=WERT, z. B. --set price=12.10; „%1“ nicht.</translation>
    </message>
    <message>
        <source>sku: a product is saved by its SKU; give it in the file or with --set sku=...</source>
        <translation>sku: Ein Produkt wird über seine SKU gespeichert; geben Sie sie in der Datei oder mit --set sku=... an.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; products are saved in Webshippy.</source>
        <translation>Das Profil &apos;%1&apos; ist ein %2-Profil; Produkte werden in Webshippy gespeichert.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor kann mit diesem Dienst nicht sprechen.</translation>
    </message>
    <message>
        <source>Product %1 created.</source>
        <translation>Produkt %1 angelegt.</translation>
    </message>
    <message>
        <source>Product %1: Webshippy found no changes.</source>
        <translation>Produkt %1: Webshippy hat keine Änderungen gefunden.</translation>
    </message>
    <message>
        <source>Product %1 modified.</source>
        <translation>Produkt %1 geändert.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ProfileCommands</name>
    <message>
        <source>Give one profile name, not %1.</source>
        <translation>Geben Sie genau einen Profilnamen an, nicht %1.</translation>
    </message>
    <message>
        <source>Name the profile, e.g. &apos;profile show NAME&apos;.</source>
        <translation>Geben Sie das Profil an, z. B. &apos;profile show NAME&apos;.</translation>
    </message>
    <message>
        <source>Say which service the profile is for with --service (%1).</source>
        <translation>Geben Sie mit --service an, für welchen Dienst das Profil ist (%1).</translation>
    </message>
    <message>
        <source>Unknown service &apos;%1&apos;; choose one of %2.</source>
        <translation>Unbekannter Dienst &apos;%1&apos;; wählen Sie einen davon: %2.</translation>
    </message>
    <message>
        <source>Give the service&apos;s address with --url, e.g. --url https://shop.example.com/.</source>
        <translation>Geben Sie die Adresse des Dienstes mit --url an, z. B. --url https://shop.example.com/.</translation>
    </message>
    <message>
        <source>The address &apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>Die Adresse &apos;%1&apos; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Unknown authentication &apos;%1&apos;; use none, basic, bearer or header:NAME.</source>
        <translation>Unbekannte Anmeldeart &apos;%1&apos;; verwenden Sie none, basic, bearer oder header:NAME.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or xml.</source>
        <translation>Unbekanntes Format &apos;%1&apos;; verwenden Sie json oder xml.</translation>
    </message>
    <message>
        <source>%1 speaks only %2; --format applies to VirtualPOS and Webshippy.</source>
        <translation>%1 kennt nur %2; --format gilt für VirtualPOS und Webshippy.</translation>
    </message>
    <message>
        <source>On the command line that is --allow-insecure-http, for a server on a network you trust.</source>
        <translation>Auf der Kommandozeile ist das --allow-insecure-http, für einen Server in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Secret for profile &apos;%1&apos;: </source>
        <translation>Zugangsdaten für Profil &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>No secret arrived on standard input.</source>
        <translation>Auf der Standardeingabe sind keine Zugangsdaten angekommen.</translation>
    </message>
    <message>
        <source>Give the new profile exactly one name: &apos;profile add NAME --service S --url URL&apos;.</source>
        <translation>Geben Sie dem neuen Profil genau einen Namen: &apos;profile add NAME --service S --url URL&apos;.</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already; remove it first or choose another name.</source>
        <translation>Ein Profil namens &apos;%1&apos; gibt es bereits; entfernen Sie es zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; saved (%2, %3).</source>
        <translation>Profil &apos;%1&apos; gespeichert (%2, %3).</translation>
    </message>
    <message>
        <source>No secret was stored. Store one with &apos;profile set-secret %1&apos;, or pass it with --secret-env VARIABLE.</source>
        <translation>Es wurden keine Zugangsdaten gespeichert. Speichern Sie sie mit &apos;profile set-secret %1&apos; oder übergeben Sie sie mit --secret-env VARIABLE.</translation>
    </message>
    <message>
        <source>Secret for profile &apos;%1&apos; stored.</source>
        <translation>Zugangsdaten für Profil &apos;%1&apos; gespeichert.</translation>
    </message>
    <message>
        <source>The secret is in the keychain.</source>
        <translation>Die Zugangsdaten liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>&apos;profile list&apos; takes no further words.</source>
        <translation>&apos;profile list&apos; erwartet keine weiteren Wörter.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &apos;profile add NAME --service S --url URL&apos;.</source>
        <translation>Noch keine Profile. Legen Sie eines an mit &apos;profile add NAME --service S --url URL&apos;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>keine Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Anmeldeart:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Plain http:</source>
        <translation>Unverschlüsseltes http:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>Name the one profile to remove: &apos;profile remove NAME&apos;.</source>
        <translation>Geben Sie das eine Profil an, das entfernt werden soll: &apos;profile remove NAME&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>Profil &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; works. %2</source>
        <translation>Profil &apos;%1&apos; funktioniert. %2</translation>
    </message>
    <message>
        <source>--pin-sha256 takes the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--pin-sha256 erwartet den SHA-256-Fingerabdruck des Zertifikats: 64 Hexadezimalziffern, Doppelpunkte erlaubt.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was saved without its secret. Store it later with &apos;profile set-secret %1&apos;, or pass it with --secret-env VARIABLE.</source>
        <translation>Das Profil &apos;%1&apos; wurde ohne Zugangsdaten gespeichert. Speichern Sie sie später mit &apos;profile set-secret %1&apos; oder übergeben Sie sie mit --secret-env VARIABLE.</translation>
    </message>
    <message>
        <source>The secret for &apos;%1&apos; was not stored. For unattended runs pass it with --secret-env VARIABLE.</source>
        <translation>Die Zugangsdaten für &apos;%1&apos; wurden nicht gespeichert. Übergeben Sie sie bei unbeaufsichtigten Aufrufen mit --secret-env VARIABLE.</translation>
    </message>
    <message>
        <source>Give the fingerprint with --pin-sha256 HEX, or --pin-sha256 none to trust no extra certificate.</source>
        <translation>Geben Sie --pin-sha256 FINGERABDRUCK an, oder --pin-sha256 none, um keinem zusätzlichen Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; trusts no extra certificate.</source>
        <translation>Profil &apos;%1&apos; vertraut keinem zusätzlichen Zertifikat.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; trusts the certificate with SHA-256 fingerprint %2.</source>
        <translation>Profil &apos;%1&apos; vertraut dem Zertifikat mit dem SHA-256-Fingerabdruck %2.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; is still in the keychain (service &quot;%2&quot;, key &quot;profile:%3&quot;).</source>
        <translation>Die Zugangsdaten von &apos;%1&apos; liegen weiterhin im Schlüsselbund (Dienst „%2“, Schlüssel „profile:%3“).</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>Bietet:</translation>
    </message>
    <message>
        <source>Not offered:</source>
        <translation>Nicht angeboten:</translation>
    </message>
    <message>
        <source>%1 (named in the service&apos;s document but not described)</source>
        <translation>%1 (in der Dokumentation des Dienstes genannt, aber nicht beschrieben)</translation>
    </message>
    <message>
        <source>Give the profile, the status code and its name, e.g. &apos;profile set-status-name shop 61 &quot;In Bearbeitung&quot;&apos;; an empty name (&quot;&quot;) removes it.</source>
        <translation>Geben Sie das Profil, den Statuscode und seinen Namen an, z. B. &apos;profile set-status-name shop 61 &quot;In Bearbeitung&quot;&apos;; ein leerer Name (&quot;&quot;) entfernt ihn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status code: give the code as the shop sends it, e.g. 61.</source>
        <translation>&apos;%1&apos; ist kein Statuscode: Geben Sie den Code so an, wie der Shop ihn sendet, z. B. 61.</translation>
    </message>
    <message>
        <source>A status name has at most 80 characters.</source>
        <translation>Ein Statusname hat höchstens 80 Zeichen.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; shows the status %2 as its number.</source>
        <translation>Profil &apos;%1&apos; zeigt den Status %2 als Zahl.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; shows the status %2 as &quot;%3&quot;.</source>
        <translation>Profil &apos;%1&apos; zeigt den Status %2 als „%3“.</translation>
    </message>
    <message>
        <source>Give app, none, or the proxy as http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT, e.g. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;.</source>
        <translation>Geben Sie app, none oder den Proxy als http://[BENUTZER@]HOST:PORT bzw. socks5://[BENUTZER@]HOST:PORT an, z. B. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;.</translation>
    </message>
    <message>
        <source>A proxy password cannot be given on the command line. A proxy that asks for one is set in the application&apos;s settings, for all profiles.</source>
        <translation>Ein Proxy-Passwort kann nicht auf der Befehlszeile angegeben werden. Ein Proxy, der eines verlangt, wird in den Einstellungen der Anwendung für alle Profile festgelegt.</translation>
    </message>
    <message>
        <source>This is not a proxy.</source>
        <translation>Das ist kein Proxy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy.</source>
        <translation>&apos;%1&apos; ist kein Proxy.</translation>
    </message>
    <message>
        <source>A profile cannot choose the system&apos;s proxy itself: &apos;app&apos; uses the application&apos;s setting, which can be the system&apos;s.</source>
        <translation>Ein Profil kann den System-Proxy nicht selbst wählen: &apos;app&apos; verwendet die Einstellung der Anwendung, und die kann der System-Proxy sein.</translation>
    </message>
    <message>
        <source>Give the profile and its proxy, e.g. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;, &apos;profile set-proxy shop none&apos; or &apos;profile set-proxy shop app&apos;.</source>
        <translation>Geben Sie das Profil und seinen Proxy an, z. B. &apos;profile set-proxy shop http://proxy.example.com:3128&apos;, &apos;profile set-proxy shop none&apos; oder &apos;profile set-proxy shop app&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; connects through the proxy %2.</source>
        <translation>Profil &apos;%1&apos; verbindet sich über den Proxy %2.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; connects directly, without a proxy.</source>
        <translation>Profil &apos;%1&apos; verbindet sich direkt, ohne Proxy.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; uses the application&apos;s proxy setting.</source>
        <translation>Profil &apos;%1&apos; verwendet die Proxy-Einstellung der Anwendung.</translation>
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
        <translation>Es gibt kein Profil namens &apos;%1&apos;. &apos;profile list&apos; zeigt die Profile.</translation>
    </message>
    <message>
        <source>There is no profile yet. Add one with &apos;profile add&apos;.</source>
        <translation>Es gibt noch kein Profil. Legen Sie eines mit &apos;profile add&apos; an.</translation>
    </message>
    <message>
        <source>There are %1 profiles; choose one with --profile NAME.</source>
        <translation>Es gibt %1 Profile; wählen Sie eines mit --profile NAME.</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --secret-env is not set or is empty.</source>
        <translation>Die mit --secret-env angegebene Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;. Store one with &apos;profile set-secret %1&apos; (it reads standard input), or pass it with --secret-env VARIABLE.</source>
        <translation>Für das Profil &apos;%1&apos; sind keine Zugangsdaten gespeichert. Speichern Sie sie mit &apos;profile set-secret %1&apos; (liest von der Standardeingabe) oder übergeben Sie sie mit --secret-env VARIABLE.</translation>
    </message>
    <message>
        <source>There is no secret for profile &apos;%1&apos;: %2 For unattended runs pass it with --secret-env VARIABLE.</source>
        <translation>Für das Profil &apos;%1&apos; gibt es keine Zugangsdaten: %2 Übergeben Sie sie bei unbeaufsichtigten Aufrufen mit --secret-env VARIABLE.</translation>
    </message>
    <message>
        <source>This version of Kontor cannot talk to %1.</source>
        <translation>Diese Version von Kontor kann nicht mit %1 kommunizieren.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::ReadCommands</name>
    <message>
        <source>Try %1.</source>
        <translation>Versuchen Sie %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>--limit erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>No categories.</source>
        <translation>Keine Kategorien.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Keine Bestellungen.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>No products.</source>
        <translation>Keine Produkte.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>ARTIKELNR.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PREIS</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <source>BARCODE</source>
        <translation>BARCODE</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile. %3</source>
        <translation>Das Profil &apos;%1&apos; ist ein %2-Profil. %3</translation>
    </message>
    <message>
        <source>--page-size takes a whole number from 1 to %1.</source>
        <translation>--page-size erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--%1 filters %2 orders; the profile &apos;%3&apos; is a %4 profile.</source>
        <translation>--%1 filtert %2-Bestellungen; das Profil &apos;%3&apos; ist ein %4-Profil.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>--%1 erwartet ein Datum als JJJJ-MM-TT, z. B. 2026-11-01.</translation>
    </message>
    <message>
        <source>--paid takes 1 (paid) or 0 (not paid).</source>
        <translation>--paid erwartet 1 (bezahlt) oder 0 (nicht bezahlt).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 orders read (%2 pages)…</source>
        <translation>%1 Bestellungen gelesen (%2 Seiten)…</translation>
    </message>
    <message>
        <source>Give one order, e.g. &apos;orders show PL1572&apos;.</source>
        <translation>Geben Sie eine Bestellung an, z. B. &apos;orders show PL1572&apos;.</translation>
    </message>
    <message>
        <source>VirtualPOS does not list an order %1. Check the id or number.</source>
        <translation>VirtualPOS führt keine Bestellung %1. Prüfen Sie die ID oder Nummer.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>--csv needs the name of the file to write.</source>
        <translation>--csv braucht den Namen der zu schreibenden Datei.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Could not write the file %1: %2.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Rows written to %1: %2.</source>
        <extracomment>How many orders (%2, a number) went into the CSV file %1.</extracomment>
        <translation>In %1 geschriebene Zeilen: %2.</translation>
    </message>
    <message>
        <source>--since takes a time as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, e.g. 2026-11-01 08:00:00.</source>
        <translation>--since nimmt eine Zeit als JJJJ-MM-TT oder JJJJ-MM-TT HH:MM:SS, z. B. 2026-11-01 08:00:00.</translation>
    </message>
    <message>
        <source>--invoice-status takes invoiced, uninvoiced or error; &quot;%1&quot; is none of them.</source>
        <translation>--invoice-status nimmt invoiced, uninvoiced oder error; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>--role takes supplier or retailer; &quot;%1&quot; is neither.</source>
        <translation>--role nimmt supplier oder retailer; „%1“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2026-11-01; &quot;%2&quot; is not one.</source>
        <translation>--%1 nimmt einen Tag als JJJJ-MM-TT, z. B. 2026-11-01; „%2“ ist keiner.</translation>
    </message>
    <message>
        <source>No transactions.</source>
        <translation>Keine Transaktionen.</translation>
    </message>
    <message>
        <source>TRANSACTION</source>
        <translation>TRANSAKTION</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>SUPPLIER</source>
        <translation>LIEFERANT</translation>
    </message>
    <message>
        <source>RETAILER</source>
        <translation>HÄNDLER</translation>
    </message>
    <message>
        <source>PAYMENT</source>
        <translation>ZAHLUNG</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>RECHNUNG</translation>
    </message>
    <message>
        <source>INVOICE NUMBER</source>
        <translation>RECHNUNGSNUMMER</translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation>PRODUKTE</translation>
    </message>
</context>
<context>
    <name>kontor::cli::WriteCommands</name>
    <message>
        <source>Give the order code and the new status code, e.g. &apos;orders set-status 2025-0042 137&apos;.</source>
        <translation>Geben Sie die Bestellnummer und den neuen Statuscode an, z. B. &apos;orders set-status 2025-0042 137&apos;.</translation>
    </message>
    <message>
        <source>--method takes put or patch.</source>
        <translation>--method erwartet put oder patch.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a %2 profile; only Printlounge lets Kontor change an order&apos;s status.</source>
        <translation>Das Profil &apos;%1&apos; ist ein %2-Profil; nur bei Printlounge kann Kontor den Status einer Bestellung ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code. Printlounge&apos;s statuses are numbers, such as 61 or 137.</source>
        <translation>„%1“ ist kein Statuscode. Printlounge-Status sind Zahlen, etwa 61 oder 137.</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor kann mit diesem Dienst nicht kommunizieren.</translation>
    </message>
    <message>
        <source>&apos;audit list&apos; takes no further words; use --since DATE.</source>
        <translation>&apos;audit list&apos; nimmt keine weiteren Wörter; verwenden Sie --since DATUM.</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>--since erwartet ein Datum als JJJJ-MM-TT, z. B. 2026-11-01.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
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
        <translation>%1 hat eine leere Antwort gesendet. Versuchen Sie es später noch einmal; wenn das weiter passiert, wenden Sie sich an den Support des Dienstes.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to its website rather than its interface.</source>
        <translation>%1 hat mit einer Webseite statt mit Daten geantwortet. Vielleicht wird der Dienst gerade gewartet, oder die Adresse im Profil zeigt auf seine Website statt auf seine Schnittstelle.</translation>
    </message>
    <message>
        <source>%1 sent an answer Kontor cannot read: it is nested too deeply. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 hat eine Antwort gesendet, die Kontor nicht lesen kann: Sie ist zu tief verschachtelt. Wenn das weiter passiert, wenden Sie sich an den Support des Dienstes.</translation>
    </message>
    <message>
        <source>%1&apos;s answer ended too early; it looks cut off. Try again; if it keeps happening, the connection or the service has trouble.</source>
        <translation>Die Antwort von %1 endete zu früh; sie scheint abgeschnitten zu sein. Versuchen Sie es noch einmal; wenn das weiter passiert, gibt es Probleme mit der Verbindung oder dem Dienst.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON, so Kontor cannot read it. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges JSON ist, daher kann Kontor sie nicht lesen. Wenn das weiter passiert, wenden Sie sich an den Support des Dienstes.</translation>
    </message>
    <message>
        <source>%1 sent an answer in a form Kontor does not expect, so it cannot be shown. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 hat eine Antwort in einer Form gesendet, die Kontor nicht erwartet, daher kann sie nicht angezeigt werden. Wenn das weiter passiert, wenden Sie sich an den Support des Dienstes.</translation>
    </message>
</context>
<context>
    <name>kontor::codec::XmlTree</name>
    <message>
        <source>%1 sent an empty answer. Try again later; if it keeps happening, tell the service&apos;s support.</source>
        <translation>%1 hat eine leere Antwort gesendet. Versuchen Sie es später noch einmal; wenn das weiter passiert, wenden Sie sich an den Support des Dienstes.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to its website rather than its interface.</source>
        <translation>%1 hat mit einer Webseite statt mit Daten geantwortet. Vielleicht wird der Dienst gerade gewartet, oder die Adresse im Profil zeigt auf seine Website statt auf seine Schnittstelle.</translation>
    </message>
    <message>
        <source>%1&apos;s answer ended too early; it looks cut off. Try again; if it keeps happening, the connection or the service has trouble.</source>
        <translation>Die Antwort von %1 endete zu früh; sie scheint abgeschnitten zu sein. Versuchen Sie es noch einmal; wenn das weiter passiert, gibt es Probleme mit der Verbindung oder dem Dienst.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid XML, so Kontor cannot read it. If this keeps happening, tell the service&apos;s support.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges XML ist, daher kann Kontor sie nicht lesen. Wenn das weiter passiert, wenden Sie sich an den Support des Dienstes.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Kontor authors. Kontor is free software under the %1 licence and comes with no warranty; the LICENSE file has the full text.</source>
        <translation>Copyright © 2026 die Kontor-Autoren. Kontor ist freie Software unter der %1-Lizenz, ohne jede Gewährleistung; der volle Text steht in der Datei LICENSE.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::AllOrdersView</name>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Die angezeigten Zeilen als CSV-Datei für eine Tabellenkalkulation speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load again from every profile (F5)</source>
        <translation>Erneut aus allen Profilen laden (F5)</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Angezeigte Spalten</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays in the list</source>
        <translation>Laden anhalten; was angekommen ist, bleibt in der Liste</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>This service has no order list in Kontor.</source>
        <translation>Für diesen Dienst gibt es in Kontor keine Bestellliste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Not every profile could be read. %1</source>
        <translation>Nicht alle Profile konnten gelesen werden. %1</translation>
    </message>
    <message>
        <source>Loading orders from %1 profiles: %2 so far…</source>
        <translation>Bestellungen aus %1 Profilen werden geladen: bisher %2…</translation>
    </message>
    <message>
        <source>No profile with orders yet. Create one, or try the demo.</source>
        <translation>Noch kein Profil mit Bestellungen. Legen Sie ein Profil an oder probieren Sie die Demo aus.</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Bestellungen werden geladen…</translation>
    </message>
    <message>
        <source>None of the profiles has orders to show.</source>
        <translation>Keines der Profile hat Bestellungen zum Anzeigen.</translation>
    </message>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Keine Bestellung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Orders shown: %1</source>
        <translation>Angezeigte Bestellungen: %1</translation>
    </message>
    <message>
        <source> · from %1 profiles</source>
        <translation> · aus %1 Profilen</translation>
    </message>
    <message>
        <source>all-orders</source>
        <translation>alle-bestellungen</translation>
    </message>
    <message>
        <source>Search orders…</source>
        <translation>Bestellungen durchsuchen…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen durchsuchen</translation>
    </message>
    <message>
        <source>Show only the loaded orders whose number, status, date, amount, customer, item names or source contain this text</source>
        <translation>Nur die geladenen Bestellungen zeigen, deren Nummer, Status, Datum, Betrag, Kunde, Artikelnamen oder Quelle diesen Text enthalten</translation>
    </message>
    <message>
        <source>Orders matching the search: %1 of %2</source>
        <translation>Bestellungen, die zur Suche passen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::BundleForm</name>
    <message>
        <source>New bundle — %1</source>
        <translation>Neues Bündel — %1</translation>
    </message>
    <message>
        <source>Create bundle…</source>
        <translation>Bündel anlegen…</translation>
    </message>
    <message>
        <source>e.g. Summer starter pack</source>
        <translation>z. B. Sommer-Starterpaket</translation>
    </message>
    <message>
        <source>e.g. 5000 or 12.10</source>
        <translation>z. B. 5000 oder 12.10</translation>
    </message>
    <message>
        <source>Type part of a SKU or a name</source>
        <translation>Teil einer SKU oder eines Namens eingeben</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit net price</source>
        <translation>Netto-Stückpreis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Zeilensumme</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Products in the bundle</source>
        <translation>Produkte im Bündel</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Gefundene Produkte</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Produkte werden geladen…</translation>
    </message>
    <message>
        <source>The products could not be loaded: %1</source>
        <translation>Die Produkte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading products… %1 so far</source>
        <translation>Produkte werden geladen… bisher %1</translation>
    </message>
    <message>
        <source>Products in the shop: %1</source>
        <translation>Produkte im Shop: %1</translation>
    </message>
    <message>
        <source>this service has no product list.</source>
        <translation>dieser Dienst hat keine Produktliste.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Menge von %1</translation>
    </message>
    <message>
        <source>Remove %1 from the bundle</source>
        <translation>%1 aus dem Bündel entfernen</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>No products yet: find them on the left and add them.</source>
        <translation>Noch keine Produkte: links suchen und hinzufügen.</translation>
    </message>
    <message>
        <source>The products are priced in different currencies (%1): they are not added up.</source>
        <translation>Die Produkte haben Preise in verschiedenen Währungen (%1): Sie werden nicht addiert.</translation>
    </message>
    <message>
        <source>Parts&apos; total at their own prices: %1</source>
        <translation>Summe der Teile zu ihren eigenen Preisen: %1</translation>
    </message>
    <message>
        <source>Parts&apos; total at their own prices: %1 (some products have no price)</source>
        <translation>Summe der Teile zu ihren eigenen Preisen: %1 (einige Produkte haben keinen Preis)</translation>
    </message>
    <message>
        <source>Type the bundle&apos;s net price to compare it with the parts&apos; total.</source>
        <translation>Geben Sie den Nettopreis des Bündels ein, um ihn mit der Summe der Teile zu vergleichen.</translation>
    </message>
    <message>
        <source>Bundle price %1; the products are priced in %2, so the two are not compared.</source>
        <translation>Bündelpreis %1; die Produkte kosten in %2, daher wird nicht verglichen.</translation>
    </message>
    <message>
        <source>Bundle price %1 — the same as the parts&apos; total</source>
        <translation>Bündelpreis %1 — gleich der Summe der Teile</translation>
    </message>
    <message>
        <source>Bundle price %1 — %2 below the parts&apos; total</source>
        <translation>Bündelpreis %1 — %2 unter der Summe der Teile</translation>
    </message>
    <message>
        <source>Bundle price %1 — %2 above the parts&apos; total</source>
        <translation>Bündelpreis %1 — %2 über der Summe der Teile</translation>
    </message>
    <message>
        <source>Create bundle</source>
        <translation>Bündel anlegen</translation>
    </message>
    <message>
        <source>This is the request Webshippy &apos;%1&apos; will receive. Nothing is sent until you press Send.</source>
        <translation>Diese Anfrage erhält Webshippy „%1“. Nichts wird gesendet, bevor Sie auf Senden drücken.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Creating bundle %1…</source>
        <translation>Bündel %1 wird angelegt…</translation>
    </message>
    <message>
        <source>Bundles are Webshippy&apos;s; this profile is not.</source>
        <translation>Bündel gibt es in Webshippy; dieses Profil ist keins.</translation>
    </message>
    <message>
        <source>Bundle %1 created (Webshippy id %2).</source>
        <translation>Bündel %1 angelegt (Webshippy-ID %2).</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>Der Verlauf konnte es nicht aufzeichnen: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CardForm</name>
    <message>
        <source>Discount card — %1</source>
        <translation>Rabattkarte — %1</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(unverändert lassen)</translation>
    </message>
    <message>
        <source>Plastic card</source>
        <translation>Plastikkarte</translation>
    </message>
    <message>
        <source>Magnetic stripe card</source>
        <translation>Magnetstreifenkarte</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>The shop makes this barcode from the card number: the number padded with zeros to 12 digits and a check digit.</source>
        <translation>Der Shop bildet diesen Barcode aus der Kartennummer: die Nummer mit Nullen auf 12 Ziffern aufgefüllt plus eine Prüfziffer.</translation>
    </message>
    <message>
        <source>Delete the card the key finds (asks first)</source>
        <translation>Die Karte löschen, die der Schlüssel findet (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Printed on the card as shown; the shop makes the same code.</source>
        <translation>So wird er auf die Karte gedruckt; der Shop bildet denselben Code.</translation>
    </message>
    <message>
        <source>Type the card number to see its barcode.</source>
        <translation>Geben Sie die Kartennummer ein, um ihren Barcode zu sehen.</translation>
    </message>
    <message>
        <source>The card number must be 1 to 12 digits to make a barcode.</source>
        <translation>Für einen Barcode muss die Kartennummer 1 bis 12 Ziffern haben.</translation>
    </message>
    <message>
        <source>To change or delete a card, give one key that finds it.</source>
        <translation>Um eine Karte zu ändern oder zu löschen, geben Sie einen Schlüssel an, der sie findet.</translation>
    </message>
    <message>
        <source>The shop will find the card by %1.</source>
        <translation>Der Shop findet die Karte über %1.</translation>
    </message>
    <message>
        <source>Create this card?</source>
        <translation>Diese Karte anlegen?</translation>
    </message>
    <message>
        <source>These fields will be sent to &apos;%1&apos; to create the card:</source>
        <translation>Diese Felder werden an „%1“ gesendet, um die Karte anzulegen:</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Karte anlegen</translation>
    </message>
    <message>
        <source>Save the changes to this card?</source>
        <translation>Die Änderungen an dieser Karte speichern?</translation>
    </message>
    <message>
        <source>The shop will find the card by %1 and set these fields:</source>
        <translation>Der Shop findet die Karte über %1 und setzt diese Felder:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete the card with %1 from &apos;%2&apos;? The shop removes it for good.</source>
        <translation>Die Karte mit %1 aus „%2“ löschen? Der Shop entfernt sie endgültig.</translation>
    </message>
    <message>
        <source>Deleting the card in &apos;%1&apos;…</source>
        <translation>Karte wird in „%1“ gelöscht…</translation>
    </message>
    <message>
        <source>Sending the card to &apos;%1&apos;…</source>
        <translation>Karte wird an „%1“ gesendet…</translation>
    </message>
    <message>
        <source>This profile is not a VirtualPOS profile; cards are kept there.</source>
        <translation>Dieses Profil ist kein VirtualPOS-Profil; Karten werden dort verwaltet.</translation>
    </message>
    <message>
        <source>The card with %1 was deleted.</source>
        <translation>Die Karte mit %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Card %1 created.</source>
        <translation>Karte %1 angelegt.</translation>
    </message>
    <message>
        <source>Card %1 saved.</source>
        <translation>Karte %1 gespeichert.</translation>
    </message>
    <message>
        <source>It could not be written to the history: %1</source>
        <translation>Es konnte nicht in den Verlauf geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CategoriesTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CategoriesView</name>
    <message>
        <source>Filter categories…</source>
        <translation>Kategorien filtern…</translation>
    </message>
    <message>
        <source>Shows the categories whose name or ID contains the text, with the categories above them</source>
        <translation>Zeigt die Kategorien, deren Name oder ID den Text enthält, zusammen mit den übergeordneten Kategorien</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Open every branch of the tree</source>
        <translation>Alle Zweige des Baums aufklappen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the categories again from the service</source>
        <translation>Die Kategorien erneut vom Dienst laden</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Categories of &apos;%1&apos;</source>
        <translation>Kategorien von „%1“</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Kein Profil ausgewählt</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Wählen Sie links ein Profil aus.</translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation>Kategorien werden geladen…</translation>
    </message>
    <message>
        <source>Loading categories from &apos;%1&apos;…</source>
        <translation>Kategorien von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>This service has no categories in Kontor.</source>
        <translation>Für diesen Dienst gibt es in Kontor keine Kategorien.</translation>
    </message>
    <message>
        <source>The categories could not be loaded again. %1</source>
        <translation>Die Kategorien konnten nicht erneut geladen werden. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No categories yet</source>
        <translation>Noch keine Kategorien</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no product categories.</source>
        <translation>„%1“ hat keine Produktkategorien.</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the service.</source>
        <translation>Bei der Kommunikation mit dem Dienst ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>The categories could not be loaded</source>
        <translation>Die Kategorien konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Categories: %1, inactive: %2</source>
        <translation>Kategorien: %1, inaktiv: %2</translation>
    </message>
    <message>
        <source>Categories shown with the filter: %1 of %2</source>
        <translation>Mit dem Filter angezeigte Kategorien: %1 von %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>Kontor could not verify the certificate that %1 presented for the profile &apos;%2&apos;, so it did not connect.</source>
        <translation>Kontor konnte das Zertifikat, das %1 für das Profil „%2“ vorgelegt hat, nicht überprüfen und hat sich daher nicht verbunden.</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation>Diesem Zertifikat für dieses Profil &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomerForm</name>
    <message>
        <source>Save customer…</source>
        <translation>Kunden speichern…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 1980-05-17</source>
        <translation>JJJJ-MM-TT, z. B. 1980-05-17</translation>
    </message>
    <message>
        <source>The group&apos;s name; a new name creates the group</source>
        <translation>Der Name der Gruppe; ein neuer Name legt die Gruppe an</translation>
    </message>
    <message>
        <source>When no customer has this id (or no id is given), VirtualPOS creates the customer</source>
        <translation>Hat kein Kunde diese ID (oder ist keine angegeben), legt VirtualPOS den Kunden an</translation>
    </message>
    <message>
        <source>Empty: VirtualPOS gives the new customer an id</source>
        <translation>Leer: VirtualPOS vergibt dem neuen Kunden eine ID</translation>
    </message>
    <message>
        <source>%1 — VirtualPOS computes it from the birth date; it is never sent</source>
        <translation>%1 — VirtualPOS berechnet es aus dem Geburtsdatum; es wird nie gesendet</translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation>Kunde %1 — %2</translation>
    </message>
    <message>
        <source>New customer — %1</source>
        <translation>Neuer Kunde — %1</translation>
    </message>
    <message>
        <source>Nothing has changed; there is nothing to send.</source>
        <translation>Nichts wurde geändert; es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>Update customer %1</source>
        <translation>Kunde %1 aktualisieren</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>These fields will be sent to VirtualPOS &apos;%1&apos;. Nothing is sent until you press Send.</source>
        <translation>Diese Felder werden an VirtualPOS „%1“ gesendet. Nichts wird gesendet, bevor Sie auf Senden drücken.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Saving the customer…</source>
        <translation>Kunde wird gespeichert…</translation>
    </message>
    <message>
        <source>Customers are VirtualPOS&apos;s; this profile is not.</source>
        <translation>Kunden gibt es in VirtualPOS; dieses Profil ist keins.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Kunde %1 angelegt.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>Kunde %1 aktualisiert.</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>Der Verlauf konnte es nicht aufzeichnen: %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
</context>
<context>
    <name>kontor::gui::CustomersView</name>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>The customers could not be loaded</source>
        <translation>Die Kunden konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>More customers could not be loaded.</source>
        <translation>Weitere Kunden konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Search customers…</source>
        <translation>Kunden suchen…</translation>
    </message>
    <message>
        <source>Show only the customers whose name, e-mail, phone or id contains this text</source>
        <translation>Nur Kunden zeigen, deren Name, E-Mail, Telefon oder ID diesen Text enthält</translation>
    </message>
    <message>
        <source>Load more customers</source>
        <translation>Weitere Kunden laden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a customer to this shop</source>
        <translation>Einen Kunden zu diesem Shop hinzufügen</translation>
    </message>
    <message>
        <source>%1 — Customers</source>
        <translation>%1 — Kunden</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;…</source>
        <translation>Kunden aus „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no customers yet. &quot;New customer…&quot; adds one.</source>
        <translation>„%1“ hat noch keine Kunden. „Neuer Kunde…“ legt einen an.</translation>
    </message>
    <message>
        <source>Customers shown: %1</source>
        <translation>Angezeigte Kunden: %1</translation>
    </message>
    <message>
        <source>Customers matching the search: %1 of %2</source>
        <translation>Zur Suche passende Kunden: %1 von %2</translation>
    </message>
    <message>
        <source>Customers are listed for VirtualPOS profiles only.</source>
        <translation>Kunden werden nur für VirtualPOS-Profile aufgelistet.</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;: %2 of %3…</source>
        <translation>Kunden aus „%1“ werden geladen: %2 von %3…</translation>
    </message>
    <message>
        <source>Loading customers from &apos;%1&apos;: %2 so far (page %3)…</source>
        <translation>Kunden aus „%1“ werden geladen: bisher %2 (Seite %3)…</translation>
    </message>
</context>
<context>
    <name>kontor::gui::DemoSession</name>
    <message>
        <source>The demo could not start its built-in simulator.</source>
        <translation>Die Demo konnte ihren eingebauten Simulator nicht starten.</translation>
    </message>
    <message>
        <source>Demo Printlounge</source>
        <translation>Demo Printlounge</translation>
    </message>
    <message>
        <source>Demo OmniSeller</source>
        <translation>Demo OmniSeller</translation>
    </message>
    <message>
        <source>Demo VirtualPOS</source>
        <translation>Demo VirtualPOS</translation>
    </message>
    <message>
        <source>Demo Webshippy</source>
        <translation>Demo Webshippy</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Versandbereit</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
</context>
<context>
    <name>kontor::gui::Ean13BarcodeWidget</name>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>No barcode</source>
        <translation>Kein Barcode</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>The folder with Kontor&apos;s log files, for your IT support. They hold no passwords or API keys.</source>
        <translation>Der Ordner mit Kontors Protokolldateien, für Ihren IT-Support. Sie enthalten keine Passwörter oder API-Schlüssel.</translation>
    </message>
    <message>
        <source>Kontor could not open the log folder. It is %1</source>
        <translation>Kontor konnte den Protokollordner nicht öffnen. Er liegt unter %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HistoryTableModel</name>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>kontor::gui::HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search the history…</source>
        <translation>Verlauf durchsuchen…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Show only changes whose profile, record, values, outcome or message contain this text</source>
        <translation>Nur Änderungen anzeigen, deren Profil, Datensatz, Werte, Ergebnis oder Meldung diesen Text enthalten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Die angezeigten Zeilen als CSV-Datei für eine Tabellenkalkulation speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>No changes yet. Every change Kontor makes to a shop — a new order status, for example — is listed here with the shop&apos;s answer.</source>
        <translation>Noch keine Änderungen. Jede Änderung, die Kontor an einem Shop vornimmt – zum Beispiel ein neuer Bestellstatus –, wird hier mit der Antwort des Shops aufgeführt.</translation>
    </message>
    <message>
        <source>No change matches &quot;%1&quot;.</source>
        <translation>Keine Änderung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Changes matching the search: 0 of %1</source>
        <translation>Änderungen passend zur Suche: 0 von %1</translation>
    </message>
    <message>
        <source>Changes recorded: %1</source>
        <translation>Aufgezeichnete Änderungen: %1</translation>
    </message>
    <message>
        <source>Changes matching the search: %1 of %2</source>
        <translation>Änderungen passend zur Suche: %1 von %2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>verlauf</translation>
    </message>
</context>
<context>
    <name>kontor::gui::InvoiceMatchModel</name>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Double-click to choose the transaction this invoice belongs to</source>
        <translation>Doppelklicken, um die Transaktion zu wählen, zu der diese Rechnung gehört</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
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
        <translation>Ihre Profile konnten nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Add demo profiles connected to a built-in simulator of the four services</source>
        <translation>Demo-Profile hinzufügen, die mit einem eingebauten Simulator der vier Dienste verbunden sind</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>Ü&amp;ber Kontor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Demo mode: the demo profiles talk to a simulator inside Kontor. Nothing you do there reaches a real shop, and they are gone when Kontor closes.</source>
        <translation>Demomodus: Die Demo-Profile sind mit einem Simulator in Kontor verbunden. Nichts, was Sie dort tun, erreicht einen echten Shop, und beim Schließen von Kontor verschwinden sie wieder.</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Kontor cannot show lists for %1 yet. You can already check that this profile signs in.</source>
        <translation>Kontor kann für %1 noch keine Listen anzeigen. Sie können aber bereits prüfen, ob die Anmeldung mit diesem Profil klappt.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Willkommen bei Kontor</translation>
    </message>
    <message>
        <source>Kontor shows the orders of your shop services in one place. Create a profile with your service&apos;s address and API key to begin, or try Kontor with simulated shops.</source>
        <translation>Kontor zeigt die Bestellungen Ihrer Shop-Dienste an einem Ort. Legen Sie zum Start ein Profil mit der Adresse und dem API-Schlüssel Ihres Dienstes an, oder probieren Sie Kontor mit simulierten Shops aus.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Your system keychain is not available. Passwords you enter are kept only until Kontor closes.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar. Eingegebene Passwörter werden nur bis zum Schließen von Kontor aufbewahrt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http: its password or API key and its orders travel unencrypted, and anyone on the network can read them.</source>
        <translation>„%1“ nutzt einfaches http: Das Passwort oder der API-Schlüssel und die Bestellungen werden unverschlüsselt übertragen, und jeder im Netzwerk kann sie mitlesen.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nicht angeboten)</translation>
    </message>
    <message>
        <source>%1 — not offered</source>
        <translation>%1 — nicht angeboten</translation>
    </message>
    <message>
        <source>&amp;All orders</source>
        <translation>A&amp;lle Bestellungen</translation>
    </message>
    <message>
        <source>The orders of every profile in one list (Ctrl+Shift+A)</source>
        <translation>Die Bestellungen aller Profile in einer Liste (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every change Kontor made to a shop (Ctrl+H)</source>
        <translation>Alle Änderungen, die Kontor an einem Shop vorgenommen hat (Strg+H)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 categories · updated %2</source>
        <translation>%1 Kategorien · aktualisiert um %2</translation>
    </message>
    <message>
        <source>%1 orders from every profile · updated %2</source>
        <translation>%1 Bestellungen aus allen Profilen · aktualisiert um %2</translation>
    </message>
    <message>
        <source>%1 changes recorded</source>
        <translation>%1 Änderungen aufgezeichnet</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 orders have their new status. The History lists every change.</source>
        <translation>„%1“: %2 Bestellungen haben ihren neuen Status. Der Verlauf listet jede Änderung auf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 orders changed, %3 not; the reasons are in the status window and the History.</source>
        <translation>„%1“: %2 Bestellungen geändert, %3 nicht; die Gründe stehen im Statusfenster und im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Die angezeigten Zeilen als CSV-Datei für eine Tabellenkalkulation speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>All orders — Kontor</source>
        <translation>Alle Bestellungen — Kontor</translation>
    </message>
    <message>
        <source>History — Kontor</source>
        <translation>Verlauf — Kontor</translation>
    </message>
    <message>
        <source>%1 orders · updated %2</source>
        <translation>%1 Bestellungen · aktualisiert um %2</translation>
    </message>
    <message>
        <source>%1 products · updated %2</source>
        <translation>%1 Produkte · aktualisiert um %2</translation>
    </message>
    <message>
        <source>Discount cards of &apos;%1&apos;</source>
        <translation>Rabattkarten von „%1“</translation>
    </message>
    <message>
        <source>VirtualPOS has no list of cards to read. Create a card here, or change, block or delete one you know by its card id, number, external id or barcode.</source>
        <translation>VirtualPOS bietet keine Kartenliste zum Lesen. Legen Sie hier eine Karte an, oder ändern, sperren oder löschen Sie eine, die Sie über Karten-ID, Nummer, externe ID oder Barcode kennen.</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>Neue Karte…</translation>
    </message>
    <message>
        <source>Change or delete a card…</source>
        <translation>Karte ändern oder löschen…</translation>
    </message>
    <message>
        <source>%1 customers · updated %2</source>
        <translation>%1 Kunden · aktualisiert %2</translation>
    </message>
    <message>
        <source>%1 transactions · updated %2</source>
        <translation>%1 Transaktionen · aktualisiert %2</translation>
    </message>
    <message>
        <source>&amp;Upload invoices…</source>
        <translation>Rechnungen &amp;hochladen…</translation>
    </message>
    <message>
        <source>Upload invoice files to this shop&apos;s marketplace transactions</source>
        <translation>Rechnungsdateien zu den Marktplatz-Transaktionen dieses Shops hochladen</translation>
    </message>
    <message>
        <source>An upload of invoices to &apos;%1&apos; did not finish: %2 of %3 sent. &quot;Upload invoices…&quot; resumes it.</source>
        <translation>Ein Hochladen von Rechnungen zu „%1“ wurde nicht beendet: %2 von %3 gesendet. „Rechnungen hochladen…“ setzt es fort.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>A&amp;nfragen</translation>
    </message>
    <message>
        <source>Every request Kontor sent in this session, secrets masked (Ctrl+Shift+R)</source>
        <translation>Jede Anfrage, die Kontor in dieser Sitzung gesendet hat, Geheimnisse maskiert (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>kontor::gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrderDetailPane</name>
    <message>
        <source>Delivery address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>nicht bezahlt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Close the order (Esc)</source>
        <translation>Bestellung schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation>Bestellung schließen</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Positionen der Bestellung</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Loading the cart…</source>
        <translation>Warenkorb wird geladen…</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Bestellung wird geladen…</translation>
    </message>
    <message>
        <source>The full order could not be loaded: %1</source>
        <translation>Die vollständige Bestellung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Customer&apos;s order number</source>
        <translation>Bestellnummer des Kunden</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>Interne ID</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Customer&apos;s user ID</source>
        <translation>Benutzer-ID des Kunden</translation>
    </message>
    <message>
        <source>Budget group user</source>
        <translation>Benutzer der Budgetgruppe</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order sequence number</source>
        <translation>Laufende Bestellnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Bestellt von</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item status</source>
        <translation>Positionsstatus</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Own invoice number</source>
        <translation>Eigene Rechnungsnummer</translation>
    </message>
    <message>
        <source>Own order number</source>
        <translation>Eigene Bestellnummer</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Auftragsname</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Service provider reference</source>
        <translation>Referenz des Dienstleisters</translation>
    </message>
    <message>
        <source>Service provider status</source>
        <translation>Status beim Dienstleister</translation>
    </message>
    <message>
        <source>Cart table</source>
        <translation>Warenkorbtabelle</translation>
    </message>
    <message>
        <source>Print shop</source>
        <translation>Druckerei</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Approval e-mail</source>
        <translation>E-Mail für die Freigabe</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>Hinweis zur Freigabe</translation>
    </message>
    <message>
        <source>Budget group</source>
        <translation>Budgetgruppe</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget before</source>
        <translation>Budget vorher</translation>
    </message>
    <message>
        <source>Budget booked</source>
        <translation>Gebuchtes Budget</translation>
    </message>
    <message>
        <source>Budget after</source>
        <translation>Budget nachher</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Bankleitzahl</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Micropayment authorised</source>
        <translation>Micropayment autorisiert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Bruttobetrag</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Shipping charges</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>Express surcharge</source>
        <translation>Expresszuschlag</translation>
    </message>
    <message>
        <source>Budget group discount</source>
        <translation>Rabatt der Budgetgruppe</translation>
    </message>
    <message>
        <source>Budget group discount amount</source>
        <translation>Rabattbetrag der Budgetgruppe</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>MwSt. enthalten</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Nettosumme</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Erinnerung gesendet</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Liefertermin</translation>
    </message>
    <message>
        <source>Express delivery</source>
        <translation>Expresslieferung</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Freigabe erforderlich</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Nachbestellung</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Erinnerung senden</translation>
    </message>
    <message>
        <source>Direct download</source>
        <translation>Direkter Download</translation>
    </message>
    <message>
        <source>PDF download only</source>
        <translation>Nur PDF-Download</translation>
    </message>
    <message>
        <source>Not calculated</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>PDF order</source>
        <translation>PDF-Bestellung</translation>
    </message>
    <message>
        <source>Print job</source>
        <translation>Druckauftrag</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Called %1 by the service</source>
        <translation>Beim Dienst heißt dieses Feld %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrderFilterBar</name>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Load the orders again, only those the shop finds with these filters</source>
        <translation>Die Bestellungen neu laden, nur die, die der Shop mit diesen Filtern findet</translation>
    </message>
    <message>
        <source>Load every order again, without filters</source>
        <translation>Alle Bestellungen neu laden, ohne Filter</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Last days</source>
        <translation>Letzte Tage</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Pick a status or type its code, e.g. 62</source>
        <translation>Einen Status wählen oder seinen Code eingeben, z. B. 62</translation>
    </message>
    <message>
        <source>Only the orders of the last days (VirtualPOS counts them from today)</source>
        <translation>Nur die Bestellungen der letzten Tage (VirtualPOS zählt ab heute)</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Order %1 (internal id %2)</source>
        <translation>Bestellung %1 (interne ID %2)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>kontor::gui::OrdersView</name>
    <message>
        <source>Loading orders…</source>
        <translation>Bestellungen werden geladen…</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <source>The orders could not be loaded</source>
        <translation>Die Bestellungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>More orders could not be loaded.</source>
        <translation>Weitere Bestellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Load more orders</source>
        <translation>Weitere Bestellungen laden</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>%1 — Orders</source>
        <translation>%1 — Bestellungen</translation>
    </message>
    <message>
        <source>Loading orders from &apos;%1&apos;…</source>
        <translation>Bestellungen von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no orders to show.</source>
        <translation>„%1“ hat keine Bestellungen zum Anzeigen.</translation>
    </message>
    <message>
        <source>Orders shown: %1</source>
        <translation>Angezeigte Bestellungen: %1</translation>
    </message>
    <message>
        <source>This service has no order list in Kontor.</source>
        <translation>Für diesen Dienst gibt es in Kontor keine Bestellliste.</translation>
    </message>
    <message>
        <source>Loading orders from &apos;%1&apos;: %2 so far (page %3)…</source>
        <translation>Bestellungen von &apos;%1&apos; werden geladen: bisher %2 (Seite %3)…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>bestellungen</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Status ändern…</translation>
    </message>
    <message>
        <source>Show the order with its items beside the list (Enter)</source>
        <translation>Die Bestellung mit ihren Positionen neben der Liste anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Give the selected orders a new status (F2)</source>
        <translation>Den ausgewählten Bestellungen einen neuen Status geben (F2)</translation>
    </message>
    <message>
        <source>Only Printlounge lets Kontor change an order&apos;s status.</source>
        <translation>Nur bei Printlounge kann Kontor den Status einer Bestellung ändern.</translation>
    </message>
    <message>
        <source>Search orders…</source>
        <translation>Bestellungen durchsuchen…</translation>
    </message>
    <message>
        <source>Show only the loaded orders whose number, status, date, amount, customer or item names contain this text</source>
        <translation>Nur die geladenen Bestellungen zeigen, deren Nummer, Status, Datum, Betrag, Kunde oder Artikelnamen diesen Text enthalten</translation>
    </message>
    <message>
        <source>Filters the shop applies before it sends the orders</source>
        <translation>Filter, die der Shop anwendet, bevor er die Bestellungen sendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no orders that match the filters (%2). Clear the filters to see every order.</source>
        <translation>„%1“ hat keine Bestellungen, die zu den Filtern passen (%2). Setzen Sie die Filter zurück, um alle Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Orders matching the search: %1 of %2</source>
        <translation>Bestellungen, die zur Suche passen: %1 von %2</translation>
    </message>
    <message>
        <source>loaded with the filters %1</source>
        <translation>geladen mit den Filtern %1</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductForm</name>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Now: %1. Webshippy shows a category by its names; type a code only to change it.</source>
        <translation>Jetzt: %1. Webshippy zeigt eine Kategorie mit ihren Namen; geben Sie nur zum Ändern einen Code ein.</translation>
    </message>
    <message>
        <source>The SKU is the product&apos;s key in Webshippy; it cannot change.</source>
        <translation>Die SKU ist der Schlüssel des Produkts in Webshippy; sie kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation>Produkt %1 — %2</translation>
    </message>
    <message>
        <source>New product — %1</source>
        <translation>Neues Produkt — %1</translation>
    </message>
    <message>
        <source>These fields go to Webshippy for the product %1. Values that change are in bold.</source>
        <translation>Diese Felder gehen für das Produkt %1 an Webshippy. Geänderte Werte sind fett.</translation>
    </message>
    <message>
        <source>These fields go to Webshippy. If no product has the SKU %1 yet, it is created; if one has, that product is changed.</source>
        <translation>Diese Felder gehen an Webshippy. Hat noch kein Produkt die SKU %1, wird es angelegt; sonst wird dieses Produkt geändert.</translation>
    </message>
    <message>
        <source>Save product %1</source>
        <translation>Produkt %1 speichern</translation>
    </message>
    <message>
        <source>Send to Webshippy</source>
        <translation>An Webshippy senden</translation>
    </message>
    <message>
        <source>Sending the product %1 to Webshippy…</source>
        <translation>Produkt %1 wird an Webshippy gesendet…</translation>
    </message>
    <message>
        <source>Products can be saved only in a Webshippy profile; &apos;%1&apos; is not one.</source>
        <translation>Produkte lassen sich nur in einem Webshippy-Profil speichern; „%1“ ist keins.</translation>
    </message>
    <message>
        <source>Webshippy created the product %1.</source>
        <translation>Webshippy hat das Produkt %1 angelegt.</translation>
    </message>
    <message>
        <source>Webshippy modified the product %1.</source>
        <translation>Webshippy hat das Produkt %1 geändert.</translation>
    </message>
    <message>
        <source>Webshippy found no changes in the product %1; nothing was modified.</source>
        <translation>Webshippy fand keine Änderungen am Produkt %1; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductsTableModel</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProductsView</name>
    <message>
        <source>Loading products…</source>
        <translation>Produkte werden geladen…</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message>
        <source>The products could not be loaded</source>
        <translation>Die Produkte konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>More products could not be loaded.</source>
        <translation>Weitere Produkte konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Filter products…</source>
        <translation>Produkte filtern…</translation>
    </message>
    <message>
        <source>Show only products whose SKU, name, variant, barcode, price or stock contains this text</source>
        <translation>Nur Produkte anzeigen, deren Artikelnummer, Name, Variante, Barcode, Preis oder Bestand diesen Text enthält</translation>
    </message>
    <message>
        <source>Load more products</source>
        <translation>Weitere Produkte laden</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>%1 — Products</source>
        <translation>%1 — Produkte</translation>
    </message>
    <message>
        <source>Loading products from &apos;%1&apos;…</source>
        <translation>Produkte von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no products to show.</source>
        <translation>„%1“ hat keine Produkte zum Anzeigen.</translation>
    </message>
    <message>
        <source>Products shown: %1</source>
        <translation>Angezeigte Produkte: %1</translation>
    </message>
    <message>
        <source>Products matching the filter: %1 of %2</source>
        <translation>Produkte passend zum Filter: %1 von %2</translation>
    </message>
    <message>
        <source>This service has no product list in Kontor yet.</source>
        <translation>Für diesen Dienst gibt es in Kontor noch keine Produktliste.</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produkte</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Neues Produkt…</translation>
    </message>
    <message>
        <source>Create a product in Webshippy</source>
        <translation>Ein Produkt in Webshippy anlegen</translation>
    </message>
    <message>
        <source>The connection to the service was closed.</source>
        <translation>Die Verbindung zum Dienst wurde geschlossen.</translation>
    </message>
    <message>
        <source>Loading products… %1 so far</source>
        <translation>Produkte werden geladen… bisher %1</translation>
    </message>
    <message>
        <source>New bundle…</source>
        <translation>Neues Bündel…</translation>
    </message>
    <message>
        <source>Put products together as a bundle in Webshippy</source>
        <translation>Produkte in Webshippy zu einem Bündel zusammenstellen</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileActions</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect Kontor to another shop service</source>
        <translation>Kontor mit einem weiteren Shop-Dienst verbinden</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the address, sign-in or timeouts of the selected profile</source>
        <translation>Adresse, Anmeldung oder Zeitlimits des ausgewählten Profils ändern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected profile and its stored password</source>
        <translation>Das ausgewählte Profil und sein gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Sign in once to check that the selected profile works</source>
        <translation>Einmal anmelden, um zu prüfen, ob das ausgewählte Profil funktioniert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Demo profiles cannot be changed.</source>
        <translation>Demo-Profile können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Das ausgewählte Profil bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &apos;%1&apos;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its password or API key is removed from the system keychain too. Your shop and its orders are not affected.</source>
        <translation>Das zugehörige Passwort oder der API-Schlüssel wird ebenfalls aus dem Schlüsselbund des Systems entfernt. Ihr Shop und seine Bestellungen sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was removed, but its password could not be removed from the keychain: %2</source>
        <translation>Das Profil „%1“ wurde entfernt, aber sein Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was removed.</source>
        <translation>Das Profil „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Testing the connection to &apos;%1&apos;…</source>
        <translation>Verbindung zu „%1“ wird getestet…</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; works. %2</source>
        <translation>Die Verbindung zu „%1“ funktioniert. %2</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; does not work. %2</source>
        <translation>Die Verbindung zu „%1“ funktioniert nicht. %2</translation>
    </message>
    <message>
        <source>The connection to &apos;%1&apos; was not tested. %2</source>
        <translation>Die Verbindung zu „%1“ wurde nicht getestet. %2</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Schlüssel in einem benannten Header</translation>
    </message>
    <message>
        <source>Edit profile &apos;%1&apos;</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Another profile is already called &apos;%1&apos;. Choose another name.</source>
        <translation>Ein anderes Profil heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the password or API key your provider gave you.</source>
        <translation>Geben Sie das Passwort oder den API-Schlüssel ein, das bzw. den Sie von Ihrem Anbieter erhalten haben.</translation>
    </message>
    <message>
        <source>How the service sends its data. Leave JSON unless your provider says otherwise.</source>
        <translation>Wie der Dienst seine Daten sendet. Lassen Sie JSON eingestellt, sofern Ihr Anbieter nichts anderes angibt.</translation>
    </message>
    <message>
        <source>%1 always sends JSON.</source>
        <translation>%1 sendet immer JSON.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Kontor cannot talk to this service.</source>
        <translation>Kontor kann mit diesem Dienst nicht kommunizieren.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Die Verbindung funktioniert. %1</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The password or API key could not be saved, so the profile was not saved either: %1</source>
        <translation>Das Passwort oder der API-Schlüssel konnte nicht gespeichert werden, daher wurde auch das Profil nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The trusted certificate must be given as its SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>Das vertrauenswürdige Zertifikat muss als SHA-256-Fingerabdruck angegeben werden: 64 Hexadezimalziffern, Doppelpunkte erlaubt.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Remove the selected status names</source>
        <translation>Die ausgewählten Statusnamen entfernen</translation>
    </message>
    <message>
        <source>PUT (default)</source>
        <translation>PUT (Standard)</translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation>PATCH</translation>
    </message>
    <message>
        <source>Row %1: enter the status code, a whole number such as 61.</source>
        <translation>Zeile %1: Geben Sie den Statuscode ein, eine ganze Zahl wie 61.</translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is not a status code. Status codes are whole numbers, such as 61.</source>
        <translation>Zeile %1: „%2“ ist kein Statuscode. Statuscodes sind ganze Zahlen, etwa 61.</translation>
    </message>
    <message>
        <source>The status code %1 is named twice. Give each code one name.</source>
        <translation>Der Statuscode %1 hat zwei Namen. Geben Sie jedem Code nur einen Namen.</translation>
    </message>
    <message>
        <source>Row %1: give the status code %2 a name.</source>
        <translation>Zeile %1: Geben Sie dem Statuscode %2 einen Namen.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Hide the password or key</source>
        <translation>Passwort oder Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show the password or key</source>
        <translation>Passwort oder Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Use the application&apos;s setting</source>
        <translation>Einstellung der Anwendung verwenden</translation>
    </message>
    <message>
        <source>No proxy (connect directly)</source>
        <translation>Kein Proxy (direkt verbinden)</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileHints</name>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schlüss&amp;el:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The service&apos;s own sign-in</source>
        <translation>Anmeldung des Dienstes</translation>
    </message>
    <message>
        <source>Recommended for %1: HTTP Basic.</source>
        <translation>Empfohlen für %1: HTTP Basic.</translation>
    </message>
    <message>
        <source>Recommended for %1: the service&apos;s own sign-in.</source>
        <translation>Empfohlen für %1: die Anmeldung des Dienstes.</translation>
    </message>
    <message>
        <source>Printlounge gives each shop an API user and an API key; your shop&apos;s administrator or your Printlounge contact has them. After several wrong keys Printlounge locks access for 15 minutes.</source>
        <translation>Printlounge gibt jedem Shop einen API-Benutzer und einen API-Schlüssel; Ihr Shop-Administrator oder Ihr Ansprechpartner bei Printlounge hat sie. Nach mehreren falschen Schlüsseln sperrt Printlounge den Zugang für 15 Minuten.</translation>
    </message>
    <message>
        <source>Use the API user and API password OmniSeller set up for your shop, not your own login. Your OmniSeller contact has them.</source>
        <translation>Verwenden Sie den API-Benutzer und das API-Passwort, die OmniSeller für Ihren Shop eingerichtet hat, nicht Ihre eigene Anmeldung. Ihr Ansprechpartner bei OmniSeller hat sie.</translation>
    </message>
    <message>
        <source>The API key is in your VirtualPOS account. Ask whoever manages that account if you cannot find it.</source>
        <translation>Der API-Schlüssel steht in Ihrem VirtualPOS-Konto. Fragen Sie die Person, die das Konto verwaltet, wenn Sie ihn nicht finden.</translation>
    </message>
    <message>
        <source>The API key comes with your Webshippy account. Ask Webshippy&apos;s support if you do not have one.</source>
        <translation>Der API-Schlüssel gehört zu Ihrem Webshippy-Konto. Fragen Sie den Webshippy-Support, wenn Sie keinen haben.</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>Tok&amp;en:</translation>
    </message>
    <message>
        <source>Heade&amp;r value:</source>
        <translation>Header-&amp;Wert:</translation>
    </message>
    <message>
        <source>API passwo&amp;rd:</source>
        <translation>API-Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileItemDelegate</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>kontor::gui::ProfileListModel</name>
    <message>
        <source>%1: a demo profile connected to Kontor&apos;s built-in simulator</source>
        <translation>%1: ein Demo-Profil, verbunden mit dem eingebauten Simulator von Kontor</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1, %2, demo</source>
        <translation>%1, %2, Demo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The last call failed: %1</source>
        <translation>Der letzte Aufruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 · %2 orders</source>
        <translation>%1 · %2 Bestellungen</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RecordForm</name>
    <message>
        <source>Please correct the field marked in red; nothing was sent.</source>
        <translation>Bitte korrigieren Sie das rot markierte Feld; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Please correct the %1 fields marked in red; nothing was sent.</source>
        <translation>Bitte korrigieren Sie die %1 rot markierten Felder; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing you typed was lost; correct it if needed and save again.</source>
        <translation>Nichts von Ihren Eingaben ging verloren; korrigieren Sie sie bei Bedarf und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This form has changes that were not sent. Close it and discard them?</source>
        <translation>Dieses Formular hat Änderungen, die nicht gesendet wurden. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RecordsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load again from the service (F5)</source>
        <translation>Erneut vom Dienst laden (F5)</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Kein Profil ausgewählt</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Wählen Sie links ein Profil aus.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the service.</source>
        <translation>Bei der Kommunikation mit dem Dienst ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays in the list</source>
        <translation>Laden anhalten; was angekommen ist, bleibt in der Liste</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Die angezeigten Zeilen als CSV-Datei für eine Tabellenkalkulation speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation>%1 Zeilen in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Angezeigte Spalten</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>kontor::gui::RequestInspector</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 von %2 Anfragen</translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>Anfragen speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>kontor::gui::SettingsDialog</name>
    <message>
        <source>Clear local data</source>
        <translation>Lokale Daten löschen</translation>
    </message>
    <message>
        <source>Tick what to remove from this computer. This cannot be undone.</source>
        <translation>Wählen Sie, was von diesem Computer entfernt wird. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Where Kontor keeps its data</source>
        <translation>Wo Kontor seine Daten ablegt</translation>
    </message>
    <message>
        <source>Upload journal (unfinished uploads can no longer be resumed)</source>
        <translation>Upload-Journal (unfertige Uploads lassen sich nicht mehr fortsetzen)</translation>
    </message>
    <message>
        <source>History of changes sent to the shops</source>
        <translation>Verlauf der an die Shops gesendeten Änderungen</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Logdateien</translation>
    </message>
    <message>
        <source>Window layout and column settings</source>
        <translation>Fensteranordnung und Spalteneinstellungen</translation>
    </message>
    <message>
        <source>Saved profiles and their passwords and keys in the keychain</source>
        <translation>Gespeicherte Profile samt Passwörtern und Schlüsseln im Schlüsselbund</translation>
    </message>
    <message>
        <source>The new folder is used from the next start. Kontor does not move the files; move them yourself while Kontor is closed.</source>
        <translation>Der neue Ordner gilt ab dem nächsten Start. Kontor verschiebt die Dateien nicht; verschieben Sie sie bei geschlossenem Kontor.</translation>
    </message>
    <message>
        <source>KONTOR_DATA_DIR is set and decides the folder while it is set.</source>
        <translation>KONTOR_DATA_DIR ist gesetzt und bestimmt den Ordner, solange es gesetzt ist.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>An invoice upload is running. Clear local data once it has finished.</source>
        <translation>Ein Rechnungs-Upload läuft. Löschen Sie lokale Daten, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s).</source>
        <translation>
            <numerusform>%n Datei entfernt.</numerusform>
            <numerusform>%n Dateien entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n profile(s) and their secrets.</source>
        <translation>
            <numerusform>%n Profil und sein Geheimnis entfernt.</numerusform>
            <numerusform>%n Profile und ihre Geheimnisse entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be removed; see the log.</source>
        <translation>
            <numerusform>%n Datei konnte nicht entfernt werden; siehe Protokoll.</numerusform>
            <numerusform>%n Dateien konnten nicht entfernt werden; siehe Protokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>kontor::gui::StatusChangeDialog</name>
    <message>
        <source>Change order status — %1</source>
        <translation>Bestellstatus ändern — %1</translation>
    </message>
    <message>
        <source>Order %1 of &apos;%2&apos; gets a new status.</source>
        <translation>Die Bestellung %1 von „%2“ erhält einen neuen Status.</translation>
    </message>
    <message>
        <source>These %1 orders of &apos;%2&apos; get a new status.</source>
        <translation>Diese %1 Bestellungen von „%2“ erhalten einen neuen Status.</translation>
    </message>
    <message>
        <source>A status name or its number, e.g. 62</source>
        <translation>Ein Statusname oder seine Nummer, z. B. 62</translation>
    </message>
    <message>
        <source>This profile has no status names yet: type the shop&apos;s status number. Names can be given in the profile&apos;s settings.</source>
        <translation>Dieses Profil hat noch keine Statusnamen: Geben Sie die Statusnummer des Shops ein. Namen können Sie in den Einstellungen des Profils vergeben.</translation>
    </message>
    <message>
        <source>Choose a status, or type the shop&apos;s status number.</source>
        <translation>Wählen Sie einen Status aus oder geben Sie die Statusnummer des Shops ein.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Neuer Status:</translation>
    </message>
    <message>
        <source>Orders to change</source>
        <translation>Zu ändernde Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of this shop. Type its number, e.g. 62.</source>
        <translation>„%1“ ist kein Status dieses Shops. Geben Sie seine Nummer ein, z. B. 62.</translation>
    </message>
    <message>
        <source>Change order %1 to %2</source>
        <translation>Bestellung %1 auf %2 ändern</translation>
    </message>
    <message>
        <source>Change %1 orders to %2</source>
        <translation>%1 Bestellungen auf %2 ändern</translation>
    </message>
    <message>
        <source>Every change is recorded in the history.</source>
        <translation>Jede Änderung wird im Verlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>The profile was closed; nothing was changed.</source>
        <translation>Das Profil wurde geschlossen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Changing the status to %1…</source>
        <translation>Status wird auf %1 geändert…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Changed to %1</source>
        <translation>Geändert auf %1</translation>
    </message>
    <message>
        <source>Refused by the shop: %1</source>
        <translation>Vom Shop abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The order has its new status.</source>
        <translation>Die Bestellung hat ihren neuen Status.</translation>
    </message>
    <message>
        <source>All %1 orders have their new status.</source>
        <translation>Alle %1 Bestellungen haben ihren neuen Status.</translation>
    </message>
    <message>
        <source>Changed: %1. Not changed: %2 (the reason is on each order&apos;s line).</source>
        <translation>Geändert: %1. Nicht geändert: %2 (der Grund steht jeweils in der Zeile der Bestellung).</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Nicht abgerechnet</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>an invoice&apos;s state</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Only the transactions whose invoice is in this state</source>
        <translation>Nur die Transaktionen, deren Rechnung in diesem Zustand ist</translation>
    </message>
    <message>
        <source>Only the transactions on or after this day</source>
        <translation>Nur die Transaktionen ab diesem Tag</translation>
    </message>
    <message>
        <source>Only the transactions on or before this day</source>
        <translation>Nur die Transaktionen bis zu diesem Tag</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Only the transactions in which you are the supplier, or the retailer</source>
        <translation>Nur die Transaktionen, in denen Sie Lieferant bzw. Händler sind</translation>
    </message>
    <message>
        <source>Load the transactions again, only those the marketplace finds with these filters</source>
        <translation>Die Transaktionen neu laden, nur die, die der Marktplatz mit diesen Filtern findet</translation>
    </message>
    <message>
        <source>Load every transaction again, without filters</source>
        <translation>Alle Transaktionen neu laden, ohne Filter</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Rechnung:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>invoice: %1</source>
        <translation>Rechnung: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>your role: %1</source>
        <translation>Ihre Rolle: %1</translation>
    </message>
    <message>
        <source>The “from” day is after the “to” day: no transaction can match. Change one of them.</source>
        <translation>Der „Von“-Tag liegt nach dem „Bis“-Tag: Keine Transaktion kann passen. Ändern Sie einen der beiden.</translation>
    </message>
    <message>
        <source>&amp;Your role:</source>
        <translation>Ihre R&amp;olle:</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionsTableModel</name>
    <message>
        <source>Invoiced</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Nicht abgerechnet</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>an invoice&apos;s state</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>%1 products: %2</source>
        <translation>%1 Produkte: %2</translation>
    </message>
    <message>
        <source>Transferred on %1</source>
        <translation>Überwiesen am %1</translation>
    </message>
    <message>
        <source>The marketplace could not accept the invoice of this transaction; it can be uploaded again.</source>
        <translation>Der Marktplatz konnte die Rechnung zu dieser Transaktion nicht annehmen; sie kann erneut hochgeladen werden.</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
</context>
<context>
    <name>kontor::gui::TransactionsView</name>
    <message>
        <source>Loading transactions…</source>
        <translation>Transaktionen werden geladen…</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>Keine Transaktionen</translation>
    </message>
    <message>
        <source>The transactions could not be loaded</source>
        <translation>Die Transaktionen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The transactions could not be loaded.</source>
        <translation>Die Transaktionen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Search transactions…</source>
        <translation>Transaktionen durchsuchen…</translation>
    </message>
    <message>
        <source>Show only the loaded transactions whose id, supplier, retailer, product names, payment id or invoice number contain this text</source>
        <translation>Nur die geladenen Transaktionen zeigen, deren ID, Lieferant, Händler, Produktnamen, Zahlungs-ID oder Rechnungsnummer diesen Text enthalten</translation>
    </message>
    <message>
        <source>Load more transactions</source>
        <translation>Weitere Transaktionen laden</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transaktionen</translation>
    </message>
    <message>
        <source>%1 — Transactions</source>
        <translation>%1 — Transaktionen</translation>
    </message>
    <message>
        <source>Loading transactions from &apos;%1&apos;…</source>
        <translation>Transaktionen von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no transactions that match the filters (%2). Clear the filters to see every transaction.</source>
        <translation>„%1“ hat keine Transaktionen, die zu den Filtern passen (%2). Setzen Sie die Filter zurück, um alle Transaktionen zu sehen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no marketplace transactions yet.</source>
        <translation>„%1“ hat noch keine Marktplatz-Transaktionen.</translation>
    </message>
    <message>
        <source>Transactions shown: %1</source>
        <translation>Angezeigte Transaktionen: %1</translation>
    </message>
    <message>
        <source>Transactions matching the search: %1 of %2</source>
        <translation>Zur Suche passende Transaktionen: %1 von %2</translation>
    </message>
    <message>
        <source>Marketplace transactions are listed for Webshippy profiles only.</source>
        <translation>Marktplatz-Transaktionen werden nur für Webshippy-Profile aufgelistet.</translation>
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
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 Min.</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Files: %1 — ready: %2, with problems: %3</source>
        <translation>Dateien: %1 — bereit: %2, mit Problemen: %3</translation>
    </message>
    <message>
        <source>Files: %1 — in the upload: %2, not sent because of problems: %3</source>
        <translation>Dateien: %1 — im Upload: %2, wegen Problemen nicht gesendet: %3</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>took %1 min %2 s</source>
        <translation>Dauer: %1 Min. %2 s</translation>
    </message>
    <message>
        <source>Upload stopped: %1 stored, %2 already there, %3 failed, %4 not sent yet. It can be resumed.</source>
        <translation>Hochladen angehalten: %1 gespeichert, %2 bereits vorhanden, %3 fehlgeschlagen, %4 noch nicht gesendet. Es kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Upload ended: %1 stored, %2 already there, %3 failed; the shop has not confirmed %4 yet. Resume to ask it again.</source>
        <translation>Hochladen beendet: %1 gespeichert, %2 bereits vorhanden, %3 fehlgeschlagen; %4 hat der Shop noch nicht bestätigt. Fortsetzen fragt ihn erneut.</translation>
    </message>
    <message>
        <source>Upload finished: %1 stored, %2 already there, %3 failed.</source>
        <translation>Hochladen fertig: %1 gespeichert, %2 bereits vorhanden, %3 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UploadWindow</name>
    <message>
        <source>Upload invoices — %1</source>
        <translation>Rechnungen hochladen — %1</translation>
    </message>
    <message>
        <source>Give that upload up: Kontor will not offer it again</source>
        <translation>Dieses Hochladen aufgeben: Kontor bietet es nicht mehr an</translation>
    </message>
    <message>
        <source>The shop&apos;s transactions could not be read, so the files cannot be matched yet. %1</source>
        <translation>Die Transaktionen des Shops konnten nicht gelesen werden, daher können die Dateien noch nicht zugeordnet werden. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This service has no marketplace transactions.</source>
        <translation>Dieser Dienst hat keine Marktplatz-Transaktionen.</translation>
    </message>
    <message>
        <source>The map %1 cannot be used: %2</source>
        <translation>Die Zuordnung %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Map: %1, lines: %2</source>
        <translation>Zuordnung: %1, Zeilen: %2</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Reading the shop&apos;s transactions…</source>
        <translation>Transaktionen des Shops werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>Zuordnung wird gelesen…</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message>
        <source>Add invoice files</source>
        <translation>Rechnungsdateien hinzufügen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder of invoices</source>
        <translation>Ordner mit Rechnungen hinzufügen</translation>
    </message>
    <message>
        <source>Use a map of files to transactions</source>
        <translation>Zuordnung von Dateien zu Transaktionen verwenden</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>invoice-upload</source>
        <translation>rechnungen-hochladen</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Der Bericht ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Kontor could not read its record of earlier uploads: %1</source>
        <translation>Kontor konnte seine Aufzeichnung früherer Uploads nicht lesen: %1</translation>
    </message>
    <message>
        <source>An earlier upload did not finish: %1 of %2 invoices sent.</source>
        <translation>Ein früheres Hochladen wurde nicht beendet: %1 von %2 Rechnungen gesendet.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No API key is stored for &apos;%1&apos;. Edit the profile to enter it.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Bearbeiten Sie das Profil, um ihn einzugeben.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>The unfinished upload could not be discarded: %1</source>
        <translation>Das unvollendete Hochladen konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>The upload stopped: %1 Nothing is lost; it can be resumed.</source>
        <translation>Das Hochladen wurde angehalten: %1 Nichts geht verloren; es kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Invoice upload for &apos;%1&apos;</source>
        <translation>Rechnungen hochladen für „%1“</translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation>Hochladen beenden?</translation>
    </message>
    <message>
        <source>Stop the upload? It can be resumed later.</source>
        <translation>Hochladen beenden? Es kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>Weiter hochladen</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1). Check that it still exists and that you may read it, or choose another map</source>
        <translation>die Datei lässt sich nicht öffnen (%1). Prüfen Sie, ob sie noch existiert und ob Sie sie lesen dürfen, oder wählen Sie eine andere Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
</context>
<context>
    <name>kontor::gui::UserGuideDialog</name>
    <message>
        <source>Kontor user guide</source>
        <translation>Kontor-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation.</translation>
    </message>
</context>
<context>
    <name>kontor::gui::WritePreviewDialog</name>
    <message>
        <source>Fields to send</source>
        <translation>Zu sendende Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
</context>
<context>
    <name>kontor::net::HttpCall</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. It should look like https://shop.example.com.</source>
        <translation>Die Adresse „%1“ ist keine gültige Webadresse. Sie sollte etwa so aussehen: https://shop.example.com.</translation>
    </message>
    <message>
        <source>Kontor does not send passwords or data over plain http:// to %1. Use an https:// address, or allow insecure http in the profile if this server has no other way.</source>
        <translation>Kontor sendet Passwörter und Daten nicht über einfaches http:// an %1. Verwenden Sie eine https://-Adresse, oder erlauben Sie unsicheres http im Profil, wenn dieser Server es nicht anders kann.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. The service may be overloaded; try again later.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. Der Dienst ist möglicherweise überlastet; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than Kontor accepts (%2 MB). Narrow the request, for example with a smaller page or a filter.</source>
        <translation>Die Antwort von %1 ist größer, als Kontor annimmt (%2 MB). Grenzen Sie die Anfrage ein, zum Beispiel mit einer kleineren Seite oder einem Filter.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection, or try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Kontor does not connect to a server whose certificate it cannot check; ask the shop&apos;s administrator.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (%2). Kontor verbindet sich nicht mit einem Server, dessen Zertifikat es nicht prüfen kann; wenden Sie sich an den Administrator des Shops.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port in the profile, or whether the service is running.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port im Profil oder ob der Dienst läuft.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address in the profile and your internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse im Profil und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete. Check your network connection; if it keeps happening, the service may be having trouble.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, bevor die Antwort vollständig war. Prüfen Sie Ihre Netzwerkverbindung; wenn das weiter passiert, hat der Dienst möglicherweise Probleme.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2). Check the user name and password or API key in the profile.</source>
        <translation>%1 hat die Anmeldung abgelehnt (HTTP %2). Prüfen Sie Benutzername und Passwort bzw. API-Schlüssel im Profil.</translation>
    </message>
    <message>
        <source>%1 does not know the requested address or record (HTTP 404). Check the address in the profile.</source>
        <translation>%1 kennt die angefragte Adresse oder den Datensatz nicht (HTTP 404). Prüfen Sie die Adresse im Profil.</translation>
    </message>
    <message>
        <source>%1 refused the request because it is too large (HTTP 413). Send fewer items at once.</source>
        <translation>%1 hat die Anfrage abgelehnt, weil sie zu groß ist (HTTP 413). Senden Sie weniger Einträge auf einmal.</translation>
    </message>
    <message>
        <source>%1 is having trouble right now (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 hat gerade Probleme (HTTP %2). Versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected status (HTTP %2).</source>
        <translation>%1 hat mit einem unerwarteten Status geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. The service may be down for maintenance, or the address in the profile points to a website rather than its interface.</source>
        <translation>%1 hat mit einer Webseite statt mit Daten geantwortet. Vielleicht wird der Dienst gerade gewartet, oder die Adresse im Profil zeigt auf eine Website statt auf seine Schnittstelle.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No password or API key is stored for this profile, so Kontor sent nothing to %1. Enter it in the profile.</source>
        <translation>Für dieses Profil ist kein Passwort oder API-Schlüssel gespeichert, daher hat Kontor nichts an %1 gesendet. Geben Sie das Passwort oder den API-Schlüssel im Profil ein.</translation>
    </message>
    <message>
        <source>%1 asked Kontor to continue over unencrypted http (%2). Kontor never sends passwords or data that way, so it stopped. Ask the shop&apos;s administrator.</source>
        <translation>%1 hat Kontor aufgefordert, über unverschlüsseltes http fortzufahren (%2). Kontor sendet Passwörter und Daten niemals auf diesem Weg und hat daher abgebrochen. Wenden Sie sich an den Administrator des Shops.</translation>
    </message>
    <message>
        <source>%1 sent Kontor on to another server, %2. Kontor sends passwords and data only to the address in the profile, so it did not follow. If the shop has moved, change the address in the profile.</source>
        <translation>%1 hat Kontor an einen anderen Server weitergeleitet: %2. Kontor sendet Passwörter und Daten nur an die Adresse im Profil und ist der Weiterleitung daher nicht gefolgt. Wenn der Shop umgezogen ist, ändern Sie die Adresse im Profil.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one trusted for this profile, and it cannot be verified either (%2). Kontor did not connect.</source>
        <translation>Das Zertifikat von %1 ist nicht das Zertifikat, dem dieses Profil vertraut, und es lässt sich auch nicht überprüfen (%2). Kontor hat sich nicht verbunden.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be verified (%2), so Kontor did not connect.</source>
        <translation>Das Zertifikat von %1 lässt sich nicht überprüfen (%2), daher hat sich Kontor nicht verbunden.</translation>
    </message>
    <message>
        <source>It was issued to &quot;%1&quot; by &quot;%2&quot;, valid from %3 to %4; its SHA-256 fingerprint is %5. If the shop&apos;s administrator confirms this fingerprint, trust the certificate for this profile.</source>
        <translation>Es wurde für „%1“ von „%2“ ausgestellt und ist gültig von %3 bis %4; sein SHA-256-Fingerabdruck lautet %5. Wenn der Administrator des Shops diesen Fingerabdruck bestätigt, vertrauen Sie dem Zertifikat für dieses Profil.</translation>
    </message>
    <message>
        <source>Kontor could not get through the proxy server to %1 (%2). Check the proxy in Settings, or in the profile&apos;s Advanced section.</source>
        <translation>Kontor ist über den Proxyserver nicht zu %1 durchgekommen (%2). Prüfen Sie den Proxy in den Einstellungen oder im Abschnitt „Erweitert“ des Profils.</translation>
    </message>
    <message>
        <source>The proxy server refused Kontor&apos;s sign-in, so nothing reached %1. Check the proxy&apos;s user name and password in Settings.</source>
        <translation>Der Proxyserver hat die Anmeldung von Kontor abgelehnt, daher hat %1 nichts erreicht. Prüfen Sie Benutzername und Passwort des Proxys in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>kontor::net::HttpClient</name>
    <message>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
</context>
<context>
    <name>kontor::net::ProxyConfig</name>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Geben Sie Hostnamen oder Adresse des Proxys ein.</translation>
    </message>
    <message>
        <source>This is not a host name or address (no spaces, slashes or @).</source>
        <translation>Das ist kein Hostname und keine Adresse (keine Leerzeichen, Schrägstriche oder @).</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>kontor::net::RequestFormat</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>No content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>empfangen %1</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>(%1 bytes in all)</source>
        <translation>(%1 Bytes insgesamt)</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The request body (%1 bytes) is not included.</source>
        <translation>Der Anfrageinhalt (%1 Bytes) ist nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>kontor::sandbox::Sandbox</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for %2: %3</source>
        <translation>Für %2 konnte 127.0.0.1:%1 nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Could not make the TLS certificate: %1</source>
        <translation>Das TLS-Zertifikat konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>kontor::upload::InvoiceMatcher</name>
    <message>
        <source>Line %1 of the map is not &quot;transactionId,file&quot; or &quot;transactionId,file,invoiceSerialNumber&quot;.</source>
        <translation>Zeile %1 der Zuordnung ist nicht „transactionId,file“ oder „transactionId,file,invoiceSerialNumber“.</translation>
    </message>
    <message>
        <source>No transaction of the shop is named in &quot;%1&quot;: choose one, or add the file to a map.</source>
        <translation>„%1“ nennt keine Transaktion des Shops: Wählen Sie eine aus oder nehmen Sie die Datei in eine Zuordnung auf.</translation>
    </message>
    <message>
        <source>The shop lists no transaction %1.</source>
        <translation>Der Shop führt keine Transaktion %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one transaction: choose the right one.</source>
        <translation>„%1“ nennt mehr als eine Transaktion: Wählen Sie die richtige.</translation>
    </message>
    <message>
        <source>Two files for transaction %1: %2. Each transaction takes one invoice.</source>
        <translation>Mehrere Dateien für Transaktion %1: %2. Jede Transaktion nimmt eine Rechnung.</translation>
    </message>
    <message>
        <source>Transaction %1 has its invoice already.</source>
        <translation>Transaktion %1 hat ihre Rechnung bereits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file (its content does not begin like one).</source>
        <translation>„%1“ ist keine PDF-Datei (ihr Inhalt beginnt nicht wie eine).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, more than an invoice may be.</source>
        <translation>„%1“ ist %2 groß, mehr als eine Rechnung sein darf.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::InvoiceRequestBody</name>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Die Datei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being uploaded; it will be read again.</source>
        <translation>Die Datei %1 hat sich während des Hochladens geändert; sie wird erneut gelesen.</translation>
    </message>
</context>
<context>
    <name>kontor::upload::UploadConnection</name>
    <message>
        <source>%1 sent an answer Kontor cannot read.</source>
        <translation>%1 hat eine Antwort gesendet, die Kontor nicht lesen kann.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than Kontor accepts (%2 MB).</source>
        <translation>Die Antwort von %1 ist größer, als Kontor annimmt (%2 MB).</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Kontor does not send invoices to a server whose certificate it cannot check.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (%2). Kontor sendet keine Rechnungen an einen Server, dessen Zertifikat es nicht prüfen kann.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Kontor could not connect to %1 (%2).</source>
        <translation>Kontor konnte keine Verbindung zu %1 herstellen (%2).</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>%1 could not be reached in time.</source>
        <translation>%1 war nicht rechtzeitig erreichbar.</translation>
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
        <translation>Keine Rechnung ist bereit zum Hochladen.</translation>
    </message>
    <message>
        <source>Webshippy refuses an invoice this large (%1 refused the request as too large).</source>
        <translation>Webshippy nimmt eine so große Rechnung nicht an (%1 hat die Anfrage als zu groß abgelehnt).</translation>
    </message>
    <message>
        <source>%1 is busy or down for maintenance (HTTP %2).</source>
        <translation>%1 ist ausgelastet oder wird gewartet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent the upload to another address. Kontor sends invoices only to the address in the profile, so it stopped. Check the address in the profile.</source>
        <translation>%1 hat den Upload an eine andere Adresse weitergeleitet. Kontor sendet Rechnungen nur an die Adresse im Profil und hat deshalb angehalten. Prüfen Sie die Adresse im Profil.</translation>
    </message>
    <message>
        <source>%1 has no invoice upload at the address in the profile (HTTP 404). Check the address in the profile.</source>
        <translation>%1 bietet unter der Adresse im Profil keinen Rechnungs-Upload an (HTTP 404). Prüfen Sie die Adresse im Profil.</translation>
    </message>
    <message>
        <source>Webshippy did not accept the API key. Check it in the profile.</source>
        <translation>Webshippy hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn im Profil.</translation>
    </message>
    <message>
        <source>%1 refused the upload (HTTP %2).</source>
        <translation>%1 hat den Upload abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>%1 hatte ein Problem (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data (maintenance?).</source>
        <translation>%1 hat mit einer Webseite statt mit Daten geantwortet (Wartung?).</translation>
    </message>
    <message>
        <source>Not uploaded after %1 attempts: %2</source>
        <translation>Nach %1 Versuchen nicht hochgeladen: %2</translation>
    </message>
    <message>
        <source>Webshippy no longer lists transaction %1.</source>
        <translation>Webshippy führt die Transaktion %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Confirmed by reading the transaction after the answer was lost.</source>
        <translation>Bestätigt durch Lesen der Transaktion, nachdem die Antwort verloren ging.</translation>
    </message>
    <message>
        <source>Webshippy has another invoice (%1) for this transaction.</source>
        <translation>Webshippy hat für diese Transaktion eine andere Rechnung (%1).</translation>
    </message>
</context>
<context>
    <name>kontor::upload::UploadJournal</name>
    <message>
        <source>The upload journal %1 could not be written or read. Check that the disk is not full and the folder can be written to.</source>
        <translation>Das Upload-Journal %1 konnte nicht geschrieben oder gelesen werden. Prüfen Sie, ob die Festplatte voll ist und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor: a back office for shops on several web services.</source>
        <translation>Kontor: ein Backoffice für Shops, die mehrere Webdienste nutzen.</translation>
    </message>
    <message>
        <source>Add demo profiles connected to a built-in simulator of the services.</source>
        <translation>Demo-Profile hinzufügen, die mit einem eingebauten Simulator der Dienste verbunden sind.</translation>
    </message>
    <message>
        <source>Keep profiles and settings in &lt;dir&gt; instead of the usual place.</source>
        <translation>Profile und Einstellungen in &lt;Verzeichnis&gt; statt am üblichen Ort ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Your profiles could not be read. %1</source>
        <translation>Ihre Profile konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Show the versions and licences.</source>
        <translation>Versionen und Lizenzen anzeigen.</translation>
    </message>
</context>
</TS>
