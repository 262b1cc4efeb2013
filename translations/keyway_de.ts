<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>CredentialManager</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked at the server: %1.</source>
        <translation>Beim Server widerrufen: %1.</translation>
    </message>
    <message>
        <source>Revocation failed: %1</source>
        <translation>Widerruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was revoked (no tokens, or the server advertises no revocation endpoint).</source>
        <translation>Nichts wurde widerrufen (keine Token, oder der Server bietet keinen Widerrufs-Endpunkt an).</translation>
    </message>
    <message>
        <source>No stored secret was found.</source>
        <translation>Kein gespeichertes Geheimnis gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stored secret(s).</source>
        <translation>
            <numerusform>%n gespeichertes Geheimnis gelöscht.</numerusform>
            <numerusform>%n gespeicherte Geheimnisse gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>Cannot read the %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The %1 %2 is larger than 1 MB; it is not a certificate or key.</source>
        <translation>%1 %2 ist größer als 1 MB; das ist kein Zertifikat und kein Schlüssel.</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>PKCS#12-Paket</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle cannot be read: a wrong passphrase, or not a PKCS#12 file.</source>
        <translation>Das PKCS#12-Paket kann nicht gelesen werden: falsche Passphrase oder keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>No client certificate is configured.</source>
        <translation>Kein Client-Zertifikat eingerichtet.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The client certificate is not a PEM certificate.</source>
        <translation>Das Client-Zertifikat ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>The private key cannot be read: not a PEM private key, or it needs a passphrase.</source>
        <translation>Der private Schlüssel kann nicht gelesen werden: kein privater PEM-Schlüssel, oder er braucht eine Passphrase.</translation>
    </message>
    <message>
        <source>The private key cannot be read: a wrong passphrase, or not a PEM private key.</source>
        <translation>Der private Schlüssel kann nicht gelesen werden: falsche Passphrase oder kein privater PEM-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>Not a Digest challenge: %1</source>
        <translation>Keine Digest-Challenge: %1</translation>
    </message>
    <message>
        <source>The Digest challenge lacks a realm or a nonce.</source>
        <translation>Der Digest-Challenge fehlt ein Realm oder eine Nonce.</translation>
    </message>
    <message>
        <source>The Digest algorithm %1 is not supported (MD5, SHA-256 and SHA-512-256 are).</source>
        <translation>Der Digest-Algorithmus %1 wird nicht unterstützt (unterstützt werden MD5, SHA-256 und SHA-512-256).</translation>
    </message>
    <message>
        <source>The Digest challenge offers qop &quot;%1&quot;, which Keyway cannot answer.</source>
        <translation>Die Digest-Challenge bietet qop &quot;%1&quot; an, das Keyway nicht beantworten kann.</translation>
    </message>
    <message>
        <source>The server sent no Digest challenge.</source>
        <translation>Der Server hat keine Digest-Challenge gesendet.</translation>
    </message>
</context>
<context>
    <name>ManagerCredentialSource</name>
    <message>
        <source>The credentials are gone.</source>
        <translation>Die Zugangsdaten sind nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 cannot be refreshed.</source>
        <translation>%1 kann nicht erneuert werden.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The signing key cannot be read.</source>
        <translation>Der Signaturschlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signing key is not an unencrypted PEM private key.</source>
        <translation>Der Signaturschlüssel ist kein unverschlüsselter privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The RSA signing key has %1 bits; at least 2048 are needed.</source>
        <translation>Der RSA-Signaturschlüssel hat %1 Bit; mindestens 2048 sind nötig.</translation>
    </message>
    <message>
        <source>The signing key must be an RSA key (RS256) or a P-256 key (ES256).</source>
        <translation>Der Signaturschlüssel muss ein RSA-Schlüssel (RS256) oder ein P-256-Schlüssel (ES256) sein.</translation>
    </message>
    <message>
        <source>claims copied from the valid token, exp one hour ago</source>
        <translation>Claims aus dem gültigen Token übernommen, exp vor einer Stunde</translation>
    </message>
    <message>
        <source>minimal claims (no valid JWT to copy), exp one hour ago</source>
        <translation>minimale Claims (kein gültiges JWT zum Übernehmen), exp vor einer Stunde</translation>
    </message>
    <message>
        <source>Signed (%1) with the given signing key; %2.</source>
        <translation>Mit dem angegebenen Signaturschlüssel signiert (%1); %2.</translation>
    </message>
    <message>
        <source>Unsigned (no signing key the server trusts was given), so a refusal may be for the signature rather than the expiry; %1.</source>
        <translation>Unsigniert (es wurde kein Signaturschlüssel angegeben, dem der Server vertraut), daher gilt eine Ablehnung vielleicht der Signatur statt dem Ablauf; %1.</translation>
    </message>
    <message>
        <source>%1 declares no scope besides %2, so no token with fewer scopes can be asked for.</source>
        <translation>%1 deklariert außer %2 keinen Scope, daher kann kein Token mit weniger Scopes angefordert werden.</translation>
    </message>
    <message>
        <source>%1 has neither a client secret for the client credentials flow nor a user name and password for the password flow configured, and other flows need a person.</source>
        <translation>Für %1 ist weder ein Client-Secret für den Client-Credentials-Flow noch Benutzername und Passwort für den Password-Flow eingerichtet, und andere Flows brauchen eine Person.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No credentials are held for %1.</source>
        <translation>Für %1 liegen keine Zugangsdaten vor.</translation>
    </message>
    <message>
        <source>%1: the key sent as the query parameter &quot;%2&quot; instead of the header</source>
        <translation>%1: der Schlüssel als Query-Parameter &quot;%2&quot; statt im Header gesendet</translation>
    </message>
    <message>
        <source>%1: the key sent in the header &quot;%2&quot; instead of the query</source>
        <translation>%1: der Schlüssel im Header &quot;%2&quot; statt in der Query gesendet</translation>
    </message>
    <message>
        <source>%1: the key sent in the header &quot;%2&quot; instead of a cookie</source>
        <translation>%1: der Schlüssel im Header &quot;%2&quot; statt in einem Cookie gesendet</translation>
    </message>
    <message>
        <source>%1 has no known location.</source>
        <translation>%1 hat keinen bekannten Ort.</translation>
    </message>
    <message>
        <source>No Basic credentials were built for %1.</source>
        <translation>Für %1 wurden keine Basic-Zugangsdaten gebildet.</translation>
    </message>
    <message>
        <source>%1: the Basic credentials sent under the Bearer scheme</source>
        <translation>%1: die Basic-Zugangsdaten unter dem Bearer-Schema gesendet</translation>
    </message>
    <message>
        <source>%1: the token sent as the access_token query parameter instead of the Authorization header</source>
        <translation>%1: das Token als Query-Parameter access_token statt im Authorization-Header gesendet</translation>
    </message>
    <message>
        <source>The probe cannot move %1 credentials (%2).</source>
        <translation>Die Prüfung kann Zugangsdaten von %1 nicht verschieben (%2).</translation>
    </message>
    <message>
        <source>%1 Store them first (keyway-cli authorize, or Authorize in Keyway).</source>
        <translation>%1 Speichern Sie sie zuerst (keyway-cli authorize oder „Autorisieren“ in Keyway).</translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation>Die Anfrage konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 is not a safe method (only GET, HEAD and OPTIONS are sent unless unsafe methods are allowed for this run).</source>
        <translation>Nicht gesendet: %1 ist keine sichere Methode (nur GET, HEAD und OPTIONS werden gesendet, solange unsichere Methoden für diesen Lauf nicht erlaubt sind).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled while under way.</source>
        <translation>Während der Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>Sent without any Authorization header, API key or cookie.</source>
        <translation>Ohne Authorization-Header, API-Schlüssel oder Cookie gesendet.</translation>
    </message>
    <message>
        <source>%1: a random key</source>
        <translation>%1: ein zufälliger Schlüssel</translation>
    </message>
    <message>
        <source>%1: the Digest challenge answered with an unknown user and a random password</source>
        <translation>%1: die Digest-Challenge mit einem unbekannten Benutzer und einem zufälligen Passwort beantwortet</translation>
    </message>
    <message>
        <source>%1: Basic with a value that is not base64</source>
        <translation>%1: Basic mit einem Wert, der kein Base64 ist</translation>
    </message>
    <message>
        <source>%1: a token that is not a JWT nor token68</source>
        <translation>%1: ein Token, das weder ein JWT noch token68 ist</translation>
    </message>
    <message>
        <source>No token with fewer scopes can be obtained for %1 here (it takes client credentials or the password flow configured for the scheme).</source>
        <translation>Für %1 kann hier kein Token mit weniger Scopes beschafft werden (dazu sind Client-Credentials oder der für das Schema eingerichtete Password-Flow nötig).</translation>
    </message>
    <message>
        <source>No token with fewer scopes: %1</source>
        <translation>Kein Token mit weniger Scopes: %1</translation>
    </message>
    <message>
        <source>The narrower token still carries %1; the case cannot be made.</source>
        <translation>Das eingeschränkte Token trägt noch %1; der Fall lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>%1: a token granted &quot;%2&quot; by the %3 grant; the operation needs &quot;%4&quot;.</source>
        <translation>%1: ein Token, dem der %3-Grant &quot;%2&quot; gewährt hat; die Operation braucht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Sent with the stored credentials.</source>
        <translation>Mit den gespeicherten Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>No HTTP client.</source>
        <translation>Kein HTTP-Client.</translation>
    </message>
    <message>
        <source> (Digest answer)</source>
        <translation> (Digest-Antwort)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>The API answered %1, neither a refusal (401/403) nor a success (2xx): the probe cannot tell whether credentials were checked.</source>
        <translation>Die API antwortete %1, weder eine Ablehnung (401/403) noch ein Erfolg (2xx): die Prüfung kann nicht erkennen, ob Zugangsdaten geprüft wurden.</translation>
    </message>
    <message>
        <source>Refused with %1, as the document&apos;s security requires.</source>
        <translation>Mit %1 abgelehnt, wie es die Sicherheitsanforderung des Dokuments verlangt.</translation>
    </message>
    <message>
        <source>The API answered %1 without any credentials, although the operation requires %2.</source>
        <translation>Die API antwortete %1 ohne jede Zugangsdaten, obwohl die Operation %2 verlangt.</translation>
    </message>
    <message>
        <source>The API answered %1 to a malformed credential: it does not check %2.</source>
        <translation>Die API antwortete %1 auf fehlerhafte Zugangsdaten: sie prüft %2 nicht.</translation>
    </message>
    <message>
        <source>The API answered %1 to an expired token: it does not check the expiry of %2.</source>
        <translation>Die API antwortete %1 auf ein abgelaufenes Token: sie prüft den Ablauf von %2 nicht.</translation>
    </message>
    <message>
        <source>The API answered %1 to the credential in a place or scheme the document does not declare for %2.</source>
        <translation>Die API antwortete %1 auf Zugangsdaten an einem Ort oder in einem Schema, das das Dokument für %2 nicht deklariert.</translation>
    </message>
    <message>
        <source>The API answered %1, although %2 should have been refused.</source>
        <translation>Die API antwortete %1, obwohl %2 hätte abgelehnt werden müssen.</translation>
    </message>
    <message>
        <source>Refused with 403 for the missing scope.</source>
        <translation>Mit 403 wegen des fehlenden Scopes abgelehnt.</translation>
    </message>
    <message>
        <source>Refused with 401 (RFC 6750 recommends 403 insufficient_scope for a missing scope).</source>
        <translation>Mit 401 abgelehnt (RFC 6750 empfiehlt 403 insufficient_scope für einen fehlenden Scope).</translation>
    </message>
    <message>
        <source>The API answered %1 to a token without the required scope(s): it does not check scopes (%2).</source>
        <translation>Die API antwortete %1 auf ein Token ohne die nötigen Scopes: sie prüft keine Scopes (%2).</translation>
    </message>
    <message>
        <source>Accepted with %1.</source>
        <translation>Mit %1 angenommen.</translation>
    </message>
    <message>
        <source>The operation is declared public (%1) but the API refused it without credentials (%2).</source>
        <translation>Die Operation ist als öffentlich deklariert (%1), aber die API lehnte sie ohne Zugangsdaten ab (%2).</translation>
    </message>
    <message>
        <source>no security</source>
        <translation>keine Sicherheit</translation>
    </message>
    <message>
        <source>The API refused the valid credentials with %1.</source>
        <translation>Die API lehnte die gültigen Zugangsdaten mit %1 ab.</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Zugangsdaten</translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation>Fehlerhaftes Token</translation>
    </message>
    <message>
        <source>Expired token</source>
        <translation>Abgelaufenes Token</translation>
    </message>
    <message>
        <source>Wrong place or scheme</source>
        <translation>Falscher Ort oder falsches Schema</translation>
    </message>
    <message>
        <source>Too few scopes</source>
        <translation>Zu wenige Scopes</translation>
    </message>
    <message>
        <source>Valid credentials</source>
        <translation>Gültige Zugangsdaten</translation>
    </message>
    <message>
        <source>refused (401 or 403)</source>
        <translation>abgelehnt (401 oder 403)</translation>
    </message>
    <message>
        <source>refused for the scope (403)</source>
        <translation>wegen des Scopes abgelehnt (403)</translation>
    </message>
    <message>
        <source>accepted (2xx)</source>
        <translation>angenommen (2xx)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a line break or tab</source>
        <translation>ein Zeilenumbruch oder Tabulator</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>das Byte 0x%1</translation>
    </message>
    <message>
        <source>base64url: too much padding at the end</source>
        <translation>base64url: zu viel Padding am Ende</translation>
    </message>
    <message>
        <source>base64url: padding &apos;=&apos; is not allowed here (offset %1)</source>
        <translation>base64url: Padding &apos;=&apos; ist hier nicht erlaubt (Offset %1)</translation>
    </message>
    <message>
        <source>base64url: misplaced padding &apos;=&apos; at offset %1</source>
        <translation>base64url: falsch platziertes Padding &apos;=&apos; bei Offset %1</translation>
    </message>
    <message>
        <source>base64url: %1 at offset %2 belongs to standard base64, not base64url (use &apos;-&apos; and &apos;_&apos;)</source>
        <translation>base64url: %1 bei Offset %2 gehört zu Standard-Base64, nicht zu base64url (verwenden Sie &apos;-&apos; und &apos;_&apos;)</translation>
    </message>
    <message>
        <source>base64url: %1 at offset %2 is not a base64url character</source>
        <translation>base64url: %1 bei Offset %2 ist kein base64url-Zeichen</translation>
    </message>
    <message>
        <source>base64url: a length of %1 characters is impossible (one character too many or too few)</source>
        <translation>base64url: eine Länge von %1 Zeichen ist unmöglich (ein Zeichen zu viel oder zu wenig)</translation>
    </message>
    <message>
        <source>base64url: the last character has non-zero unused bits (not a canonical encoding)</source>
        <translation>base64url: das letzte Zeichen hat ungenutzte Bits ungleich null (keine kanonische Kodierung)</translation>
    </message>
    <message>
        <source>The authorization URL &quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation>Die Autorisierungs-URL &quot;%1&quot; ist keine absolute http(s)-URL.</translation>
    </message>
    <message>
        <source>The authorization URL &quot;%1&quot; has a fragment, which RFC 6749 §3.1 forbids.</source>
        <translation>Die Autorisierungs-URL &quot;%1&quot; hat ein Fragment, was RFC 6749 §3.1 verbietet.</translation>
    </message>
    <message>
        <source>No client id is set.</source>
        <translation>Keine Client-ID gesetzt.</translation>
    </message>
    <message>
        <source>No state: every authorization request carries one.</source>
        <translation>Kein State: jede Autorisierungsanfrage trägt einen.</translation>
    </message>
    <message>
        <source>An extra parameter has no name.</source>
        <translation>Ein zusätzlicher Parameter hat keinen Namen.</translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; is set by Keyway itself; remove it from the extra parameters.</source>
        <translation>Der zusätzliche Parameter &quot;%1&quot; wird von Keyway selbst gesetzt; entfernen Sie ihn aus den zusätzlichen Parametern.</translation>
    </message>
    <message>
        <source>The authorization URL could not be built: %1</source>
        <translation>Die Autorisierungs-URL konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>OpenID Connect discovery</source>
        <translation>OpenID Connect Discovery</translation>
    </message>
    <message>
        <source>RFC 8414 metadata</source>
        <translation>RFC-8414-Metadaten</translation>
    </message>
    <message>
        <source>The metadata at %1 is larger than 1 MB.</source>
        <translation>Die Metadaten unter %1 sind größer als 1 MB.</translation>
    </message>
    <message>
        <source>A metadata document is a few kilobytes; this URL serves something else.</source>
        <translation>Ein Metadatendokument ist wenige Kilobyte groß; diese URL liefert etwas anderes.</translation>
    </message>
    <message>
        <source>The metadata at %1 is not a JSON object%2.</source>
        <translation>Die Metadaten unter %1 sind kein JSON-Objekt%2.</translation>
    </message>
    <message>
        <source>An HTML page came back: the URL is a web page, not the discovery document.</source>
        <translation>Eine HTML-Seite kam zurück: die URL ist eine Webseite, nicht das Discovery-Dokument.</translation>
    </message>
    <message>
        <source>Check the discovery URL (it ends in /.well-known/openid-configuration).</source>
        <translation>Prüfen Sie die Discovery-URL (sie endet auf /.well-known/openid-configuration).</translation>
    </message>
    <message>
        <source>The metadata at %1 has no issuer.</source>
        <translation>Die Metadaten unter %1 haben keinen Issuer.</translation>
    </message>
    <message>
        <source>Every %1 document names its issuer; without it, tokens cannot be attributed.</source>
        <translation>Jedes %1-Dokument nennt seinen Issuer; ohne ihn lassen sich Token nicht zuordnen.</translation>
    </message>
    <message>
        <source>Issuer mismatch: expected &quot;%1&quot;, but the document at %2 says &quot;%3&quot;.</source>
        <translation>Issuer stimmt nicht überein: erwartet &quot;%1&quot;, aber das Dokument unter %2 sagt &quot;%3&quot;.</translation>
    </message>
    <message>
        <source> They differ only by a trailing slash, which still makes them different issuers.</source>
        <translation> Sie unterscheiden sich nur durch einen abschließenden Schrägstrich, was dennoch verschiedene Issuer ergibt.</translation>
    </message>
    <message>
        <source> They differ only in letter case; issuers compare exactly.</source>
        <translation> Sie unterscheiden sich nur in der Groß- und Kleinschreibung; Issuer werden exakt verglichen.</translation>
    </message>
    <message>
        <source>The issuer in the metadata must be exactly the issuer it was fetched for, or an attacker who controls one document could impersonate another provider. Enter the issuer as the provider publishes it, or check for a proxy that rewrites host names.</source>
        <translation>Der Issuer in den Metadaten muss genau der sein, für den sie abgerufen wurden, sonst könnte ein Angreifer, der ein Dokument kontrolliert, einen anderen Anbieter vortäuschen. Geben Sie den Issuer so ein, wie der Anbieter ihn veröffentlicht, oder suchen Sie nach einem Proxy, der Hostnamen umschreibt.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a trailing slash that the discovery URL does not; accepted.</source>
        <translation>Der Issuer &quot;%1&quot; hat einen abschließenden Schrägstrich, den die Discovery-URL nicht hat; akzeptiert.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is not an absolute URL without query and fragment.</source>
        <translation>Der Issuer &quot;%1&quot; ist keine absolute URL ohne Query und Fragment.</translation>
    </message>
    <message>
        <source>The issuer uses plain http on a host that is not this machine: tokens would travel unencrypted.</source>
        <translation>Der Issuer verwendet unverschlüsseltes http auf einem Host, der nicht dieser Rechner ist: Token würden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>%1 is not an absolute http(s) URL; ignored.</source>
        <translation>%1 ist keine absolute http(s)-URL; ignoriert.</translation>
    </message>
    <message>
        <source>%1 uses plain http on a host that is not this machine.</source>
        <translation>%1 verwendet unverschlüsseltes http auf einem Host, der nicht dieser Rechner ist.</translation>
    </message>
    <message>
        <source>%1 is not an array; ignored.</source>
        <translation>%1 ist kein Array; ignoriert.</translation>
    </message>
    <message>
        <source>%1 holds something other than strings; ignored.</source>
        <translation>%1 enthält etwas anderes als Zeichenketten; ignoriert.</translation>
    </message>
    <message>
        <source>No token_endpoint: only the implicit flow could work.</source>
        <translation>Kein token_endpoint: nur der Implicit-Flow könnte funktionieren.</translation>
    </message>
    <message>
        <source>No authorization_endpoint (required by OpenID Connect Discovery).</source>
        <translation>Kein authorization_endpoint (von OpenID Connect Discovery verlangt).</translation>
    </message>
    <message>
        <source>No jwks_uri: ID-token signatures cannot be verified (required by OpenID Connect Discovery).</source>
        <translation>Kein jwks_uri: Signaturen von ID-Token lassen sich nicht prüfen (von OpenID Connect Discovery verlangt).</translation>
    </message>
    <message>
        <source>id_token_signing_alg_values_supported lists &quot;none&quot;; Keyway never accepts unsigned ID tokens.</source>
        <translation>id_token_signing_alg_values_supported nennt &quot;none&quot;; Keyway akzeptiert nie unsignierte ID-Token.</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported does not list S256; Keyway sends S256 anyway.</source>
        <translation>code_challenge_methods_supported nennt S256 nicht; Keyway sendet trotzdem S256.</translation>
    </message>
    <message>
        <source>Token request (client credentials)</source>
        <translation>Token-Anfrage (Client-Credentials)</translation>
    </message>
    <message>
        <source>Token request (password)</source>
        <translation>Token-Anfrage (Password)</translation>
    </message>
    <message>
        <source>Token request (refresh)</source>
        <translation>Token-Anfrage (Refresh)</translation>
    </message>
    <message>
        <source>Token request (device code)</source>
        <translation>Token-Anfrage (Device-Code)</translation>
    </message>
    <message>
        <source>Token request (authorization code)</source>
        <translation>Token-Anfrage (Autorisierungscode)</translation>
    </message>
    <message>
        <source>Token request (%1)</source>
        <translation>Token-Anfrage (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The ID token failed %n check(s).</source>
        <translation>
            <numerusform>Das ID-Token hat %n Prüfung nicht bestanden.</numerusform>
            <numerusform>Das ID-Token hat %n Prüfungen nicht bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID token could not be verified.</source>
        <translation>Das ID-Token konnte nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>The signing key is not in the issuer&apos;s JWKS even after fetching it again: the token was signed by a key the issuer does not publish (forged, or from another issuer).</source>
        <translation>Der Signaturschlüssel ist auch nach erneutem Abruf nicht im JWKS des Issuers: das Token wurde mit einem Schlüssel signiert, den der Issuer nicht veröffentlicht (gefälscht oder von einem anderen Issuer).</translation>
    </message>
    <message>
        <source>If the token is fresh, the clocks of this machine and the server differ by more than the allowed skew.</source>
        <translation>Ist das Token frisch, weichen die Uhren dieses Rechners und des Servers um mehr als die erlaubte Abweichung voneinander ab.</translation>
    </message>
    <message>
        <source>A wrong audience means the token was issued to another client: check the client id.</source>
        <translation>Eine falsche Audience bedeutet, dass das Token für einen anderen Client ausgestellt wurde: prüfen Sie die Client-ID.</translation>
    </message>
    <message>
        <source>the refreshed ID token names the subject &quot;%1&quot;, but the first one named &quot;%2&quot; (OIDC Core §12.2 requires the same)</source>
        <translation>das erneuerte ID-Token nennt das Subjekt &quot;%1&quot;, das erste aber &quot;%2&quot; (OIDC Core §12.2 verlangt dasselbe)</translation>
    </message>
    <message>
        <source>, the same as before the refresh</source>
        <translation>, dasselbe wie vor der Erneuerung</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is unknown and fetching the JWKS again failed: %2</source>
        <translation>der Schlüssel &quot;%1&quot; ist unbekannt, und der erneute Abruf des JWKS ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is not in the JWKS at %2, not even after fetching it again</source>
        <translation>der Schlüssel &quot;%1&quot; ist nicht im JWKS unter %2, auch nicht nach erneutem Abruf</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was unknown; the JWKS was fetched again and has it</source>
        <translation>der Schlüssel &quot;%1&quot; war unbekannt; das JWKS wurde erneut abgerufen und enthält ihn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no expected issuer was configured, so the token cannot be attributed</source>
        <translation>es wurde kein erwarteter Issuer eingerichtet, daher lässt sich das Token nicht zuordnen</translation>
    </message>
    <message>
        <source>the token has no iss claim</source>
        <translation>das Token hat keinen iss-Claim</translation>
    </message>
    <message>
        <source>iss is not a string</source>
        <translation>iss ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is the expected issuer</source>
        <translation>%1 ist der erwartete Issuer</translation>
    </message>
    <message>
        <source> (they differ only by a trailing slash, which still makes them different issuers)</source>
        <translation> (sie unterscheiden sich nur durch einen abschließenden Schrägstrich, was dennoch verschiedene Issuer ergibt)</translation>
    </message>
    <message>
        <source> (they differ only in letter case; the comparison is exact)</source>
        <translation> (sie unterscheiden sich nur in der Groß- und Kleinschreibung; der Vergleich ist exakt)</translation>
    </message>
    <message>
        <source>iss is %1, expected %2%3</source>
        <translation>iss ist %1, erwartet %2%3</translation>
    </message>
    <message>
        <source>the token has no sub claim (required in an ID token)</source>
        <translation>das Token hat keinen sub-Claim (in einem ID-Token verlangt)</translation>
    </message>
    <message>
        <source>sub is not a non-empty string</source>
        <translation>sub ist keine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>Subjekt %1</translation>
    </message>
    <message>
        <source>aud holds something other than strings</source>
        <translation>aud enthält etwas anderes als Zeichenketten</translation>
    </message>
    <message>
        <source>aud is an empty array</source>
        <translation>aud ist ein leeres Array</translation>
    </message>
    <message>
        <source>the token has no aud claim</source>
        <translation>das Token hat keinen aud-Claim</translation>
    </message>
    <message>
        <source>aud is neither a string nor an array of strings</source>
        <translation>aud ist weder eine Zeichenkette noch ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>no client_id was configured to look for in aud</source>
        <translation>es wurde keine client_id eingerichtet, nach der in aud gesucht werden könnte</translation>
    </message>
    <message>
        <source>aud (%1) does not include the client_id %2</source>
        <translation>aud (%1) enthält die client_id %2 nicht</translation>
    </message>
    <message>
        <source>aud is the client_id %1</source>
        <translation>aud ist die client_id %1</translation>
    </message>
    <message>
        <source>aud includes the client_id %1 among %2 audiences (%3)</source>
        <translation>aud enthält die client_id %1 unter %2 Audiences (%3)</translation>
    </message>
    <message>
        <source>the token has %1 audiences and no azp to say which one it was issued to</source>
        <translation>das Token hat %1 Audiences und kein azp, das sagt, für welche es ausgestellt wurde</translation>
    </message>
    <message>
        <source>not present (needed only with several audiences)</source>
        <translation>nicht vorhanden (nur bei mehreren Audiences nötig)</translation>
    </message>
    <message>
        <source>azp is not a string</source>
        <translation>azp ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>azp is %1, not the client_id %2</source>
        <translation>azp ist %1, nicht die client_id %2</translation>
    </message>
    <message>
        <source>azp is the client_id %1</source>
        <translation>azp ist die client_id %1</translation>
    </message>
    <message>
        <source>the token has no exp claim (required in an ID token)</source>
        <translation>das Token hat keinen exp-Claim (in einem ID-Token verlangt)</translation>
    </message>
    <message>
        <source>exp is not a valid NumericDate</source>
        <translation>exp ist kein gültiges NumericDate</translation>
    </message>
    <message>
        <source>expired %1 ago (%2), allowed skew %3 s</source>
        <translation>abgelaufen vor %1 (%2), erlaubte Abweichung %3 s</translation>
    </message>
    <message>
        <source>expired %1 ago (%2), within the allowed skew of %3 s</source>
        <translation>abgelaufen vor %1 (%2), innerhalb der erlaubten Abweichung von %3 s</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>nbf is not a valid NumericDate</source>
        <translation>nbf ist kein gültiges NumericDate</translation>
    </message>
    <message>
        <source>not valid yet: nbf is %1, allowed skew %2 s</source>
        <translation>noch nicht gültig: nbf ist %1, erlaubte Abweichung %2 s</translation>
    </message>
    <message>
        <source>nbf is %1, within the allowed skew of %2 s</source>
        <translation>nbf ist %1, innerhalb der erlaubten Abweichung von %2 s</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <source>the token has no iat claim (required in an ID token)</source>
        <translation>das Token hat keinen iat-Claim (in einem ID-Token verlangt)</translation>
    </message>
    <message>
        <source>iat is not a valid NumericDate</source>
        <translation>iat ist kein gültiges NumericDate</translation>
    </message>
    <message>
        <source>issued in the future: iat is %1, allowed skew %2 s</source>
        <translation>in der Zukunft ausgestellt: iat ist %1, erlaubte Abweichung %2 s</translation>
    </message>
    <message>
        <source>iat is %1, within the allowed skew of %2 s</source>
        <translation>iat ist %1, innerhalb der erlaubten Abweichung von %2 s</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>ausgestellt %1</translation>
    </message>
    <message>
        <source>the token has no auth_time, and max_age was requested</source>
        <translation>das Token hat keine auth_time, und max_age wurde angefordert</translation>
    </message>
    <message>
        <source>the token has no auth_time, and it was requested as essential</source>
        <translation>das Token hat keine auth_time, und sie wurde als essential angefordert</translation>
    </message>
    <message>
        <source>auth_time is not a valid NumericDate</source>
        <translation>auth_time ist kein gültiges NumericDate</translation>
    </message>
    <message>
        <source>the user authenticated in the future: %1, allowed skew %2 s</source>
        <translation>der Benutzer hat sich in der Zukunft angemeldet: %1, erlaubte Abweichung %2 s</translation>
    </message>
    <message>
        <source>the user authenticated %1, longer ago than max_age %2 (allowed skew %3 s)</source>
        <translation>der Benutzer hat sich %1 angemeldet, länger her als max_age %2 (erlaubte Abweichung %3 s)</translation>
    </message>
    <message>
        <source>the user authenticated %1, within max_age %2</source>
        <translation>der Benutzer hat sich %1 angemeldet, innerhalb von max_age %2</translation>
    </message>
    <message>
        <source>the user authenticated %1</source>
        <translation>der Benutzer hat sich %1 angemeldet</translation>
    </message>
    <message>
        <source>the user authenticated %1; no max_age was requested</source>
        <translation>der Benutzer hat sich %1 angemeldet; es wurde kein max_age angefordert</translation>
    </message>
    <message>
        <source>no nonce was sent, and the token has none</source>
        <translation>es wurde keine Nonce gesendet, und das Token hat keine</translation>
    </message>
    <message>
        <source>the token has a nonce, but none was sent with the request</source>
        <translation>das Token hat eine Nonce, aber mit der Anfrage wurde keine gesendet</translation>
    </message>
    <message>
        <source>a nonce was sent, and the token has none (a replayed or injected token?)</source>
        <translation>eine Nonce wurde gesendet, und das Token hat keine (ein wiederholtes oder eingeschleustes Token?)</translation>
    </message>
    <message>
        <source>nonce is not a string</source>
        <translation>nonce ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the nonce %1 is not the one sent with the request (a replayed or injected token?)</source>
        <translation>die Nonce %1 ist nicht die mit der Anfrage gesendete (ein wiederholtes oder eingeschleustes Token?)</translation>
    </message>
    <message>
        <source>matches the nonce sent with the request</source>
        <translation>stimmt mit der mit der Anfrage gesendeten Nonce überein</translation>
    </message>
    <message>
        <source>%1 is required, but no %2 was given to compare it with</source>
        <translation>%1 ist verlangt, aber es wurde kein %2 zum Vergleich angegeben</translation>
    </message>
    <message>
        <source>not present, and no %1 to compare</source>
        <translation>nicht vorhanden, und kein %1 zum Vergleich</translation>
    </message>
    <message>
        <source>present, but no %1 was given to compare it with</source>
        <translation>vorhanden, aber es wurde kein %1 zum Vergleich angegeben</translation>
    </message>
    <message>
        <source>the token has no %1, which this response type requires</source>
        <translation>das Token hat kein %1, das dieser Response-Type verlangt</translation>
    </message>
    <message>
        <source>not present (optional here)</source>
        <translation>nicht vorhanden (hier optional)</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>cannot be checked: the algorithm %1 is unknown</source>
        <translation>kann nicht geprüft werden: der Algorithmus %1 ist unbekannt</translation>
    </message>
    <message>
        <source>cannot be checked: with EdDSA the hash depends on the key&apos;s curve, and no key verified the token</source>
        <translation>kann nicht geprüft werden: bei EdDSA hängt der Hash von der Kurve des Schlüssels ab, und kein Schlüssel hat das Token verifiziert</translation>
    </message>
    <message>
        <source>%1 is %2; the %3 hashes to &quot;%4&quot;</source>
        <translation>%1 ist %2; der Hash von %3 ist &quot;%4&quot;</translation>
    </message>
    <message>
        <source>matches the %1</source>
        <translation>stimmt mit %1 überein</translation>
    </message>
    <message>
        <source>not checked: the token cannot be decoded</source>
        <translation>nicht geprüft: das Token kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>a signed JWT (%1 header, %2 claims)</source>
        <translation>ein signiertes JWT (%1 Header, %2 Claims)</translation>
    </message>
    <message>
        <source>not checked: the algorithm is refused</source>
        <translation>nicht geprüft: der Algorithmus wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 is allowed</source>
        <translation>%1 ist erlaubt</translation>
    </message>
    <message>
        <source> — the issuer may have rotated its keys: fetch the JWKS again</source>
        <translation> — der Issuer hat vielleicht seine Schlüssel gewechselt: rufen Sie das JWKS erneut ab</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>EdDSA with the curve %1 has no defined hash for at_hash/c_hash</source>
        <translation>EdDSA mit der Kurve %1 hat keinen definierten Hash für at_hash/c_hash</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1</source>
        <translation>OpenSSL kann %1 nicht berechnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64url: %2</source>
        <translation>&quot;%1&quot; ist kein gültiges base64url: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>the modulus &quot;n&quot; has %1 bits; an RSA key has between %2 and %3</source>
        <translation>der Modulus &quot;n&quot; hat %1 Bit; ein RSA-Schlüssel hat zwischen %2 und %3</translation>
    </message>
    <message>
        <source>the modulus &quot;n&quot; is even, so it is not an RSA modulus</source>
        <translation>der Modulus &quot;n&quot; ist gerade, also kein RSA-Modulus</translation>
    </message>
    <message>
        <source>the exponent &quot;e&quot; must be odd, at least 3 and at most %1 bits long</source>
        <translation>der Exponent &quot;e&quot; muss ungerade, mindestens 3 und höchstens %1 Bit lang sein</translation>
    </message>
    <message>
        <source>cannot build the RSA key: %1</source>
        <translation>der RSA-Schlüssel kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>OpenSSL refused the RSA key: %1</source>
        <translation>OpenSSL hat den RSA-Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>&quot;crv&quot; is missing (an EC key needs P-256, P-384 or P-521)</source>
        <translation>&quot;crv&quot; fehlt (ein EC-Schlüssel braucht P-256, P-384 oder P-521)</translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported (P-256, P-384 and P-521 are)</source>
        <translation>die Kurve &quot;%1&quot; wird nicht unterstützt (unterstützt werden P-256, P-384 und P-521)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes long; a %3 coordinate is exactly %4 bytes</source>
        <translation>&quot;%1&quot; ist %2 Byte lang; eine %3-Koordinate hat genau %4 Byte</translation>
    </message>
    <message>
        <source>cannot build the EC key: %1</source>
        <translation>der EC-Schlüssel kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the point (x, y) is not a valid %1 public key (%2)</source>
        <translation>der Punkt (x, y) ist kein gültiger öffentlicher %1-Schlüssel (%2)</translation>
    </message>
    <message>
        <source>%1 is a key-agreement curve; it cannot verify signatures</source>
        <translation>%1 ist eine Kurve für Schlüsselvereinbarung; sie kann keine Signaturen prüfen</translation>
    </message>
    <message>
        <source>&quot;crv&quot; is missing (an OKP key needs Ed25519 or Ed448)</source>
        <translation>&quot;crv&quot; fehlt (ein OKP-Schlüssel braucht Ed25519 oder Ed448)</translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported (Ed25519 and Ed448 are)</source>
        <translation>die Kurve &quot;%1&quot; wird nicht unterstützt (unterstützt werden Ed25519 und Ed448)</translation>
    </message>
    <message>
        <source>&quot;x&quot; is %1 bytes long; an %2 public key is exactly %3 bytes</source>
        <translation>&quot;x&quot; ist %1 Byte lang; ein öffentlicher %2-Schlüssel hat genau %3 Byte</translation>
    </message>
    <message>
        <source>OpenSSL refused the %1 key: %2</source>
        <translation>OpenSSL hat den %1-Schlüssel abgelehnt: %2</translation>
    </message>
    <message>
        <source>RSA %1-bit key</source>
        <translation>RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>EC %1 key</source>
        <translation>EC-Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>%1-Schlüssel</translation>
    </message>
    <message>
        <source>symmetric %1-bit key</source>
        <translation>symmetrischer Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>%1 (no kid)</source>
        <translation>%1 (ohne kid)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation>Schlüssel %1 (kid &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;kty&quot; is missing</source>
        <translation>&quot;kty&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;kty&quot; is not a string</source>
        <translation>&quot;kty&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported (RSA, EC, OKP and oct are)</source>
        <translation>der Schlüsseltyp &quot;%1&quot; wird nicht unterstützt (unterstützt werden RSA, EC, OKP und oct)</translation>
    </message>
    <message>
        <source>&quot;key_ops&quot; is not an array</source>
        <translation>&quot;key_ops&quot; ist kein Array</translation>
    </message>
    <message>
        <source>&quot;key_ops&quot; holds something other than strings</source>
        <translation>&quot;key_ops&quot; enthält etwas anderes als Zeichenketten</translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation>unbekannter Schlüsseltyp</translation>
    </message>
    <message>
        <source>the JWKS document is %1 KB, more than the %2 KB limit</source>
        <translation>das JWKS-Dokument ist %1 KB groß, mehr als die Grenze von %2 KB</translation>
    </message>
    <message>
        <source>the JWKS document is not a JSON object: %1</source>
        <translation>das JWKS-Dokument ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the JWKS document has no &quot;keys&quot; member</source>
        <translation>das JWKS-Dokument hat kein Element &quot;keys&quot;</translation>
    </message>
    <message>
        <source>&quot;keys&quot; in the JWKS document is not an array</source>
        <translation>&quot;keys&quot; im JWKS-Dokument ist kein Array</translation>
    </message>
    <message>
        <source>only the first %1 keys are read; %2 more ignored</source>
        <translation>nur die ersten %1 Schlüssel werden gelesen; %2 weitere ignoriert</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the published key contains private key material (&quot;%1&quot;); only its public part is used</source>
        <translation>der veröffentlichte Schlüssel enthält privates Schlüsselmaterial (&quot;%1&quot;); nur sein öffentlicher Teil wird verwendet</translation>
    </message>
    <message>
        <source>none at all</source>
        <translation>überhaupt keiner</translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm, and %2 is a public key: it is never used as an HMAC secret</source>
        <translation>%1 ist ein Algorithmus mit gemeinsamem Geheimnis, und %2 ist ein öffentlicher Schlüssel: er wird nie als HMAC-Geheimnis verwendet</translation>
    </message>
    <message>
        <source>%1 needs an RSA key, and %2 is not one</source>
        <translation>%1 braucht einen RSA-Schlüssel, und %2 ist keiner</translation>
    </message>
    <message>
        <source>%1 has %2 bits, fewer than the %3 required</source>
        <translation>%1 hat %2 Bit, weniger als die verlangten %3</translation>
    </message>
    <message>
        <source>%1 needs an EC %2 key, and %3 is not one</source>
        <translation>%1 braucht einen EC-%2-Schlüssel, und %3 ist keiner</translation>
    </message>
    <message>
        <source>EdDSA needs an Ed25519 or Ed448 key, and %1 is not one</source>
        <translation>EdDSA braucht einen Ed25519- oder Ed448-Schlüssel, und %1 ist keiner</translation>
    </message>
    <message>
        <source>%1 is declared for %2 only</source>
        <translation>%1 ist nur für %2 deklariert</translation>
    </message>
    <message>
        <source>%1 is declared for use &quot;%2&quot;, not signatures</source>
        <translation>%1 ist für die Verwendung &quot;%2&quot; deklariert, nicht für Signaturen</translation>
    </message>
    <message>
        <source>the key_ops of %1 do not include &quot;verify&quot;</source>
        <translation>die key_ops von %1 enthalten &quot;verify&quot; nicht</translation>
    </message>
    <message>
        <source>%1 has no usable public key</source>
        <translation>%1 hat keinen verwendbaren öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>the ECDSA signature cannot be decoded</source>
        <translation>die ECDSA-Signatur kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>an %1 signature is %2 bytes; this one is %3</source>
        <translation>eine %1-Signatur hat %2 Byte; diese hat %3</translation>
    </message>
    <message>
        <source>OpenSSL cannot set up %1 verification with %2</source>
        <translation>OpenSSL kann die %1-Prüfung mit %2 nicht einrichten</translation>
    </message>
    <message>
        <source>the signature does not verify with %1</source>
        <translation>die Signatur lässt sich mit %1 nicht verifizieren</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute the HMAC</source>
        <translation>OpenSSL kann den HMAC nicht berechnen</translation>
    </message>
    <message>
        <source>%1 is JSON but not an object</source>
        <translation>%1 ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Offset %3</translation>
    </message>
    <message>
        <source>the token is %1 KB, more than the %2 KB Keyway reads</source>
        <translation>das Token ist %1 KB groß, mehr als die %2 KB, die Keyway liest</translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation>das Token ist leer</translation>
    </message>
    <message>
        <source>this token has 5 parts: it is encrypted (JWE), and encrypted tokens (JWE) are not supported</source>
        <translation>dieses Token hat 5 Teile: es ist verschlüsselt (JWE), und verschlüsselte Token (JWE) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the token has no &apos;.&apos;: it is not a JWT (perhaps an opaque token, which only its issuer can read)</source>
        <translation>das Token hat keinen &apos;.&apos;: es ist kein JWT (vielleicht ein opakes Token, das nur sein Issuer lesen kann)</translation>
    </message>
    <message>
        <source>a signed token (JWS) has 3 parts separated by &apos;.&apos;; this one has %1</source>
        <translation>ein signiertes Token (JWS) hat 3 durch &apos;.&apos; getrennte Teile; dieses hat %1</translation>
    </message>
    <message>
        <source>part 1 (header)</source>
        <translation>Teil 1 (Header)</translation>
    </message>
    <message>
        <source>part 2 (payload)</source>
        <translation>Teil 2 (Payload)</translation>
    </message>
    <message>
        <source>part 3 (signature)</source>
        <translation>Teil 3 (Signatur)</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist nicht gültig: %2</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>der Header</translation>
    </message>
    <message>
        <source>the header is not a JSON object: %1</source>
        <translation>der Header ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the header has no &quot;alg&quot; (every JWS names its algorithm)</source>
        <translation>der Header hat kein &quot;alg&quot; (jedes JWS nennt seinen Algorithmus)</translation>
    </message>
    <message>
        <source>&quot;alg&quot; in the header is not a string</source>
        <translation>&quot;alg&quot; im Header ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the header is not a string</source>
        <translation>&quot;%1&quot; im Header ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;crit&quot; in the header must be a non-empty array of names</source>
        <translation>&quot;crit&quot; im Header muss ein nicht leeres Array von Namen sein</translation>
    </message>
    <message>
        <source>&quot;crit&quot; in the header must hold only names (strings)</source>
        <translation>&quot;crit&quot; im Header darf nur Namen (Zeichenketten) enthalten</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot;, a standard header parameter, which it must not</source>
        <translation>&quot;crit&quot; nennt &quot;%1&quot;, einen Standard-Header-Parameter, was es nicht darf</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot;, which is not in the header</source>
        <translation>&quot;crit&quot; nennt &quot;%1&quot;, das nicht im Header steht</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot; twice</source>
        <translation>&quot;crit&quot; nennt &quot;%1&quot; zweimal</translation>
    </message>
    <message>
        <source>%1 is empty; a JWT&apos;s payload is a JSON object of claims</source>
        <translation>%1 ist leer; die Payload eines JWT ist ein JSON-Objekt aus Claims</translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>die Payload</translation>
    </message>
    <message>
        <source>the payload is not a JSON object of claims: %1</source>
        <translation>die Payload ist kein JSON-Objekt aus Claims: %1</translation>
    </message>
    <message>
        <source>alg &quot;%1&quot; marks an unsigned token; Keyway never accepts unsigned tokens</source>
        <translation>alg &quot;%1&quot; kennzeichnet ein unsigniertes Token; Keyway akzeptiert nie unsignierte Token</translation>
    </message>
    <message>
        <source>alg &quot;%1&quot; is not a registered name; names are case-sensitive (%2?)</source>
        <translation>alg &quot;%1&quot; ist kein registrierter Name; Namen unterscheiden Groß- und Kleinschreibung (%2?)</translation>
    </message>
    <message>
        <source>alg &quot;%1&quot; is not supported</source>
        <translation>alg &quot;%1&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is not among the allowed algorithms (%2)</source>
        <translation>%1 ist nicht unter den erlaubten Algorithmen (%2)</translation>
    </message>
    <message>
        <source>the header marks &quot;%1&quot; as critical, and Keyway does not implement that extension</source>
        <translation>der Header kennzeichnet &quot;%1&quot; als kritisch, und Keyway implementiert diese Erweiterung nicht</translation>
    </message>
    <message>
        <source>no key has the kid &quot;%1&quot; (the key set has no kids at all)</source>
        <translation>kein Schlüssel hat die kid &quot;%1&quot; (der Schlüsselsatz hat überhaupt keine kids)</translation>
    </message>
    <message>
        <source>no key has the kid &quot;%1&quot; (known: %2)</source>
        <translation>kein Schlüssel hat die kid &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 needs a shared secret (the client secret), and none was given</source>
        <translation>%1 braucht ein gemeinsames Geheimnis (das Client-Secret), und es wurde keins angegeben</translation>
    </message>
    <message>
        <source>there are no keys to verify %1 with</source>
        <translation>es gibt keine Schlüssel, um %1 zu prüfen</translation>
    </message>
    <message>
        <source>none of the %1 keys can verify %2</source>
        <translation>keiner der %1 Schlüssel kann %2 prüfen</translation>
    </message>
    <message>
        <source>the token has no signature</source>
        <translation>das Token hat keine Signatur</translation>
    </message>
    <message>
        <source>an %1 signature is %2 bytes (R and S of %3 bytes each); this one is %4 bytes</source>
        <translation>eine %1-Signatur hat %2 Byte (R und S mit je %3 Byte); diese hat %4 Byte</translation>
    </message>
    <message>
        <source>an %1 signature is %2 bytes; this one is %3 bytes</source>
        <translation>eine %1-Signatur hat %2 Byte; diese hat %3 Byte</translation>
    </message>
    <message>
        <source>%1 keys fit; only the first %2 were tried</source>
        <translation>%1 Schlüssel passen; nur die ersten %2 wurden versucht</translation>
    </message>
    <message>
        <source>%1 signature verified with %2</source>
        <translation>%1-Signatur mit %2 verifiziert</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>%1 signature verified with the client secret</source>
        <translation>%1-Signatur mit dem Client-Secret verifiziert</translation>
    </message>
    <message>
        <source>no key verifies it (%1 tried)</source>
        <translation>kein Schlüssel verifiziert sie (%1 versucht)</translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation>ungültige Signatur: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>not a NumericDate (seconds since 1970-01-01 UTC)</source>
        <translation>kein NumericDate (Sekunden seit 1970-01-01 UTC)</translation>
    </message>
    <message>
        <source>PKCE verification failed: the code_verifier sent does not match the code_challenge of the authorization request. The verifier of another attempt was sent, or a proxy rewrote the request.</source>
        <translation>PKCE-Prüfung fehlgeschlagen: der gesendete code_verifier passt nicht zur code_challenge der Autorisierungsanfrage. Der Verifier eines anderen Versuchs wurde gesendet, oder ein Proxy hat die Anfrage umgeschrieben.</translation>
    </message>
    <message>
        <source>The redirect_uri sent with the code does not match the one of the authorization request (check the loopback port and path; some servers compare them exactly).</source>
        <translation>Die mit dem Code gesendete redirect_uri stimmt nicht mit der der Autorisierungsanfrage überein (prüfen Sie Loopback-Port und -Pfad; manche Server vergleichen sie exakt).</translation>
    </message>
    <message>
        <source>The authorization code expired before it was exchanged (codes live for seconds to a minute). Run the flow again without pausing between the browser and the exchange.</source>
        <translation>Der Autorisierungscode ist abgelaufen, bevor er eingelöst wurde (Codes leben Sekunden bis eine Minute). Führen Sie den Flow erneut aus, ohne Pause zwischen Browser und Einlösung.</translation>
    </message>
    <message>
        <source>The authorization code was refused: it expired, was used already (codes work once), was issued to another client, or the PKCE verifier or redirect_uri does not match the authorization request.</source>
        <translation>Der Autorisierungscode wurde abgelehnt: er ist abgelaufen, wurde schon verwendet (Codes gelten einmal), wurde für einen anderen Client ausgestellt, oder PKCE-Verifier oder redirect_uri passen nicht zur Autorisierungsanfrage.</translation>
    </message>
    <message>
        <source>The refresh token expired. Sign in again with the original grant to get a new one.</source>
        <translation>Das Refresh-Token ist abgelaufen. Melden Sie sich mit dem ursprünglichen Grant erneut an, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>The refresh token was refused: it was revoked (by a sign-out, a revocation request or an administrator), it expired, it was already used once and rotated, or it belongs to another client. Sign in again with the original grant.</source>
        <translation>Das Refresh-Token wurde abgelehnt: es wurde widerrufen (durch eine Abmeldung, eine Widerrufsanfrage oder einen Administrator), ist abgelaufen, wurde schon einmal verwendet und rotiert, oder gehört zu einem anderen Client. Melden Sie sich mit dem ursprünglichen Grant erneut an.</translation>
    </message>
    <message>
        <source>The username or password is wrong, or the account is locked or disabled, or may not use the password grant.</source>
        <translation>Benutzername oder Passwort sind falsch, oder das Konto ist gesperrt, deaktiviert oder darf den Password-Grant nicht verwenden.</translation>
    </message>
    <message>
        <source>The device code is not valid (any more): it was already used, has expired and was removed, or was issued to another client. Start the device flow again.</source>
        <translation>Der Device-Code ist nicht (mehr) gültig: er wurde schon verwendet, ist abgelaufen und wurde entfernt, oder wurde für einen anderen Client ausgestellt. Starten Sie den Device-Flow erneut.</translation>
    </message>
    <message>
        <source>The server refused the client-credentials grant itself (invalid_grant is unusual here): check the extra parameters such as audience or resource.</source>
        <translation>Der Server hat den Client-Credentials-Grant selbst abgelehnt (invalid_grant ist hier ungewöhnlich): prüfen Sie die zusätzlichen Parameter wie audience oder resource.</translation>
    </message>
    <message>
        <source>The grant (code, refresh token, credentials) is invalid, expired, revoked or issued to another client.</source>
        <translation>Der Grant (Code, Refresh-Token, Zugangsdaten) ist ungültig, abgelaufen, widerrufen oder für einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>The endpoint is unreachable: check the URL (host, port, http or https), that the server is running, and any proxy or firewall in between.</source>
        <translation>Der Endpunkt ist nicht erreichbar: prüfen Sie die URL (Host, Port, http oder https), ob der Server läuft, und jeden Proxy oder jede Firewall dazwischen.</translation>
    </message>
    <message>
        <source>The access token was refused without an explanation: it expired, was revoked, or was not issued for the userinfo endpoint (an API-only token, say).</source>
        <translation>Das Access-Token wurde ohne Erklärung abgelehnt: es ist abgelaufen, wurde widerrufen oder wurde nicht für den Userinfo-Endpunkt ausgestellt (etwa ein reines API-Token).</translation>
    </message>
    <message>
        <source>401 without an OAuth error body: the server did not accept the client&apos;s authentication (wrong client id or secret, or Basic versus POST authentication), or a gateway in front of it demanded its own login.</source>
        <translation>401 ohne OAuth-Fehlerinhalt: der Server hat die Authentifizierung des Clients nicht akzeptiert (falsche Client-ID oder falsches Secret, oder Basic gegenüber POST-Authentifizierung), oder ein vorgeschaltetes Gateway verlangte seine eigene Anmeldung.</translation>
    </message>
    <message>
        <source>403 Forbidden without an OAuth error: a gateway, firewall or WAF refused the request before the authorization server saw it, or the client is not allowed here. The body, as it came, may say more.</source>
        <translation>403 Forbidden ohne OAuth-Fehler: ein Gateway, eine Firewall oder eine WAF hat die Anfrage abgelehnt, bevor der Autorisierungsserver sie sah, oder der Client ist hier nicht zugelassen. Der Inhalt, wie er kam, sagt vielleicht mehr.</translation>
    </message>
    <message>
        <source>404: there is no endpoint at this URL. Check the path (a missing prefix such as /oauth2 or /realms/NAME/protocol/openid-connect is common) or use discovery.</source>
        <translation>404: unter dieser URL gibt es keinen Endpunkt. Prüfen Sie den Pfad (ein fehlendes Präfix wie /oauth2 oder /realms/NAME/protocol/openid-connect ist häufig) oder verwenden Sie Discovery.</translation>
    </message>
    <message>
        <source>405: the URL does not accept POST; it is probably not the token endpoint (the authorization endpoint or a web page, say).</source>
        <translation>405: die URL akzeptiert kein POST; sie ist wahrscheinlich nicht der Token-Endpunkt (sondern etwa der Autorisierungs-Endpunkt oder eine Webseite).</translation>
    </message>
    <message>
        <source>405: the URL does not accept this method.</source>
        <translation>405: die URL akzeptiert diese Methode nicht.</translation>
    </message>
    <message>
        <source>415: the server does not accept form-encoded requests here; it is probably not an OAuth endpoint.</source>
        <translation>415: der Server akzeptiert hier keine formularkodierten Anfragen; er ist wahrscheinlich kein OAuth-Endpunkt.</translation>
    </message>
    <message>
        <source>429: too many requests; wait before trying again.</source>
        <translation>429: zu viele Anfragen; warten Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server failed (%1) without an OAuth error: it is down, misconfigured, or a proxy in front of it failed. Try again later or check its logs.</source>
        <translation>Der Server ist fehlgeschlagen (%1), ohne OAuth-Fehler: er ist nicht erreichbar, falsch konfiguriert, oder ein vorgeschalteter Proxy ist fehlgeschlagen. Versuchen Sie es später erneut oder prüfen Sie seine Protokolle.</translation>
    </message>
    <message>
        <source>The server answered with a redirect; OAuth endpoints are called directly. Check the URL.</source>
        <translation>Der Server antwortete mit einer Weiterleitung; OAuth-Endpunkte werden direkt aufgerufen. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The server answered with success but not in the shape OAuth requires; check that the URL is the right endpoint.</source>
        <translation>Der Server antwortete mit Erfolg, aber nicht in der Form, die OAuth verlangt; prüfen Sie, ob die URL der richtige Endpunkt ist.</translation>
    </message>
    <message>
        <source>The server refused the request (%1) without an OAuth error body; the body, as it came, may say more.</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1), ohne OAuth-Fehlerinhalt; der Inhalt, wie er kam, sagt vielleicht mehr.</translation>
    </message>
    <message>
        <source>The client is unknown to the server or failed to authenticate: check the client id and secret, whether the client is public or confidential, and the authentication method.</source>
        <translation>Der Client ist dem Server unbekannt oder hat sich nicht authentifizieren können: prüfen Sie Client-ID und Secret, ob der Client öffentlich oder vertraulich ist, und die Authentifizierungsmethode.</translation>
    </message>
    <message>
        <source>Client authentication failed: the client id is unknown, the secret is wrong, or the server expects another method (client_secret_basic versus client_secret_post, or none for a public client). Check the client&apos;s registration.</source>
        <translation>Client-Authentifizierung fehlgeschlagen: die Client-ID ist unbekannt, das Secret ist falsch, oder der Server erwartet eine andere Methode (client_secret_basic statt client_secret_post, oder none für einen öffentlichen Client). Prüfen Sie die Registrierung des Clients.</translation>
    </message>
    <message>
        <source>The client is registered but may not use this grant (%1): enable it in the client&apos;s registration on the authorization server.</source>
        <translation>Der Client ist registriert, darf diesen Grant aber nicht verwenden (%1): aktivieren Sie ihn in der Registrierung des Clients beim Autorisierungsserver.</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>diesen</translation>
    </message>
    <message>
        <source>The server does not implement this grant type at all (%1), whatever the client&apos;s registration.</source>
        <translation>Der Server implementiert diesen Grant-Typ überhaupt nicht (%1), unabhängig von der Registrierung des Clients.</translation>
    </message>
    <message>
        <source>A requested scope is unknown, malformed, or not allowed for this client or user: compare the scopes with the server&apos;s list and the client&apos;s registration. Scopes are case-sensitive and separated by spaces.</source>
        <translation>Ein angeforderter Scope ist unbekannt, fehlerhaft oder für diesen Client oder Benutzer nicht erlaubt: vergleichen Sie die Scopes mit der Liste des Servers und der Registrierung des Clients. Scopes unterscheiden Groß- und Kleinschreibung und werden durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>The user declined the request on the verification page (or the server refused it).</source>
        <translation>Der Benutzer hat die Anfrage auf der Verifizierungsseite abgelehnt (oder der Server hat sie abgelehnt).</translation>
    </message>
    <message>
        <source>The user or the server refused the request: consent was declined, the account may not use this client, or a policy blocked it.</source>
        <translation>Der Benutzer oder der Server hat die Anfrage abgelehnt: die Zustimmung wurde verweigert, das Konto darf diesen Client nicht verwenden, oder eine Richtlinie hat sie blockiert.</translation>
    </message>
    <message>
        <source>The request is malformed: a parameter is missing, repeated or unsupported (a PKCE parameter, redirect_uri, a duplicate client authentication). The error description usually names it.</source>
        <translation>Die Anfrage ist fehlerhaft: ein Parameter fehlt, ist doppelt oder wird nicht unterstützt (ein PKCE-Parameter, redirect_uri, eine doppelte Client-Authentifizierung). Die Fehlerbeschreibung nennt ihn meist.</translation>
    </message>
    <message>
        <source>The client polled too fast; the polling interval is increased by 5 seconds (RFC 8628 §3.5).</source>
        <translation>Der Client hat zu schnell abgefragt; das Abfrageintervall wird um 5 Sekunden erhöht (RFC 8628 §3.5).</translation>
    </message>
    <message>
        <source>The user has not finished on the verification page yet; polling goes on.</source>
        <translation>Der Benutzer ist auf der Verifizierungsseite noch nicht fertig; die Abfrage geht weiter.</translation>
    </message>
    <message>
        <source>The device code expired before the user approved it. Start the device flow again and enter the code sooner.</source>
        <translation>Der Device-Code ist abgelaufen, bevor der Benutzer zugestimmt hat. Starten Sie den Device-Flow erneut und geben Sie den Code früher ein.</translation>
    </message>
    <message>
        <source>The token expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>The authorization server failed internally; try again, and check its logs if it persists.</source>
        <translation>Der Autorisierungsserver ist intern fehlgeschlagen; versuchen Sie es erneut und prüfen Sie seine Protokolle, falls es bleibt.</translation>
    </message>
    <message>
        <source>The authorization server is overloaded or in maintenance; try again shortly.</source>
        <translation>Der Autorisierungsserver ist überlastet oder in Wartung; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server cannot revoke or introspect this kind of token (some servers refuse JWT access tokens there); try the refresh token.</source>
        <translation>Der Server kann diese Art Token nicht widerrufen oder introspektieren (manche Server lehnen dort JWT-Access-Token ab); versuchen Sie es mit dem Refresh-Token.</translation>
    </message>
    <message>
        <source>The access token was refused: it expired, was revoked, is malformed, or was issued for another audience. Refresh it or sign in again.</source>
        <translation>Das Access-Token wurde abgelehnt: es ist abgelaufen, wurde widerrufen, ist fehlerhaft oder wurde für eine andere Audience ausgestellt. Erneuern Sie es oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The access token lacks a scope this request needs; request it when signing in.</source>
        <translation>Dem Access-Token fehlt ein Scope, den diese Anfrage braucht; fordern Sie ihn bei der Anmeldung an.</translation>
    </message>
    <message>
        <source>The server does not support this response type for this client (implicit is often disabled).</source>
        <translation>Der Server unterstützt diesen Response-Type für diesen Client nicht (Implicit ist oft deaktiviert).</translation>
    </message>
    <message>
        <source>The resource or audience parameter names something the server does not know or this client may not access (RFC 8707).</source>
        <translation>Der Parameter resource oder audience nennt etwas, das der Server nicht kennt oder auf das dieser Client nicht zugreifen darf (RFC 8707).</translation>
    </message>
    <message>
        <source>The server needs the user to sign in or consent interactively; run the flow without prompt=none.</source>
        <translation>Der Server verlangt, dass sich der Benutzer interaktiv anmeldet oder zustimmt; führen Sie den Flow ohne prompt=none aus.</translation>
    </message>
    <message>
        <source>The server refused the request with &quot;%1&quot;, which is not a standard OAuth error code; its description may say more.</source>
        <translation>Der Server hat die Anfrage mit &quot;%1&quot; abgelehnt, keinem Standard-OAuth-Fehlercode; seine Beschreibung sagt vielleicht mehr.</translation>
    </message>
    <message>
        <source>The provider advertises no %1.</source>
        <translation>Der Anbieter bietet kein %1 an.</translation>
    </message>
    <message>
        <source>Its metadata has no %1; not every server implements it.</source>
        <translation>Seine Metadaten haben kein %1; nicht jeder Server implementiert das.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 could not be reached: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>The %1&apos;s answer was refused: %2</source>
        <translation>Die Antwort von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>No legitimate OAuth response is that large: the URL may point at a download rather than the %1, or the server is misbehaving.</source>
        <translation>Keine legitime OAuth-Antwort ist so groß: die URL zeigt vielleicht auf einen Download statt auf %1, oder der Server verhält sich falsch.</translation>
    </message>
    <message>
        <source>The server took too long. Check that the URL is right and the server is up; a firewall or proxy that swallows the connection looks the same.</source>
        <translation>Der Server hat zu lange gebraucht. Prüfen Sie, ob die URL stimmt und der Server läuft; eine Firewall oder ein Proxy, der die Verbindung verschluckt, sieht genauso aus.</translation>
    </message>
    <message>
        <source>OAuth endpoints are called directly and should not redirect; check the URL (http instead of https, a missing path segment).</source>
        <translation>OAuth-Endpunkte werden direkt aufgerufen und sollten nicht weiterleiten; prüfen Sie die URL (http statt https, ein fehlendes Pfadsegment).</translation>
    </message>
    <message>
        <source>The request to the %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 answered %2 with the error &quot;%3&quot;.</source>
        <translation>%1 antwortete %2 mit dem Fehler &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1 answered %2; its WWW-Authenticate header says &quot;%3&quot;.</source>
        <translation>%1 antwortete %2; sein WWW-Authenticate-Header sagt &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1 answered %2 with an empty body (no OAuth error).</source>
        <translation>%1 antwortete %2 mit leerem Inhalt (kein OAuth-Fehler).</translation>
    </message>
    <message>
        <source>The %1 answered %2 with an HTML page instead of an OAuth error.</source>
        <translation>%1 antwortete %2 mit einer HTML-Seite statt eines OAuth-Fehlers.</translation>
    </message>
    <message>
        <source>The %1 answered %2 with the bare text &quot;%3&quot; (not the JSON OAuth error format).</source>
        <translation>%1 antwortete %2 mit dem bloßen Text &quot;%3&quot; (nicht im JSON-Format für OAuth-Fehler).</translation>
    </message>
    <message>
        <source>The %1 answered %2 with a body that is not JSON: &quot;%3&quot;.</source>
        <translation>%1 antwortete %2 mit einem Inhalt, der kein JSON ist: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1 answered %2 with JSON that is not an OAuth error (no &quot;error&quot; member): %3</source>
        <translation>%1 antwortete %2 mit JSON, das kein OAuth-Fehler ist (kein Element &quot;error&quot;): %3</translation>
    </message>
    <message>
        <source>An HTML page usually means the URL is a web page (a login page, an SSO or proxy sign-in, an error page), not the %1 itself; check the URL, and check for a proxy or gateway in front of the server.</source>
        <translation>Eine HTML-Seite bedeutet meist, dass die URL eine Webseite ist (eine Anmeldeseite, eine SSO- oder Proxy-Anmeldung, eine Fehlerseite), nicht %1 selbst; prüfen Sie die URL und ob ein Proxy oder Gateway vor dem Server steht.</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>The token response is %1, more than the %2 a token response may be; it was refused unread.</source>
        <translation>Die Token-Antwort ist %1 groß, mehr als die %2, die eine Token-Antwort sein darf; sie wurde ungelesen abgelehnt.</translation>
    </message>
    <message>
        <source>Real tokens are a few kilobytes. The server is misconfigured or hostile, or the token URL points at something else.</source>
        <translation>Echte Token sind wenige Kilobyte groß. Der Server ist falsch konfiguriert oder feindselig, oder die Token-URL zeigt auf etwas anderes.</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Inhalt</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>a body that is not JSON (%1 at offset %2: &quot;%3&quot;)</source>
        <translation>ein Inhalt, der kein JSON ist (%1 bei Offset %2: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>JSON, das kein Objekt ist</translation>
    </message>
    <message>
        <source>A token endpoint answers with JSON. An HTML page usually means the token URL is a web page (a login page, an SSO or proxy sign-in, the authorization endpoint) rather than the token endpoint; check the URL and any gateway in front of the server.</source>
        <translation>Ein Token-Endpunkt antwortet mit JSON. Eine HTML-Seite bedeutet meist, dass die Token-URL eine Webseite ist (eine Anmeldeseite, eine SSO- oder Proxy-Anmeldung, der Autorisierungs-Endpunkt) statt des Token-Endpunkts; prüfen Sie die URL und jedes vorgeschaltete Gateway.</translation>
    </message>
    <message>
        <source>A token endpoint answers with a JSON object (RFC 6749 §5.1). Check the token URL.</source>
        <translation>Ein Token-Endpunkt antwortet mit einem JSON-Objekt (RFC 6749 §5.1). Prüfen Sie die Token-URL.</translation>
    </message>
    <message>
        <source>The token endpoint answered %1 with %2.</source>
        <translation>Der Token-Endpunkt antwortete %1 mit %2.</translation>
    </message>
    <message>
        <source>The token response is not valid: &quot;%1&quot; is %2, expected %3.</source>
        <translation>Die Token-Antwort ist nicht gültig: &quot;%1&quot; ist %2, erwartet %3.</translation>
    </message>
    <message>
        <source>The server does not follow RFC 6749 §5.1 here; Keyway does not guess what it meant.</source>
        <translation>Der Server folgt hier nicht RFC 6749 §5.1; Keyway rät nicht, was er gemeint hat.</translation>
    </message>
    <message>
        <source>The token endpoint answered %1 without an access_token.</source>
        <translation>Der Token-Endpunkt antwortete %1 ohne access_token.</translation>
    </message>
    <message>
        <source>A successful token response must contain access_token (RFC 6749 §5.1). The URL may be a different endpoint that happens to answer JSON, or the server is misconfigured.</source>
        <translation>Eine erfolgreiche Token-Antwort muss access_token enthalten (RFC 6749 §5.1). Die URL ist vielleicht ein anderer Endpunkt, der zufällig JSON liefert, oder der Server ist falsch konfiguriert.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>The token endpoint answered with an empty access_token.</source>
        <translation>Der Token-Endpunkt antwortete mit einem leeren access_token.</translation>
    </message>
    <message>
        <source>The server issued no usable token.</source>
        <translation>Der Server hat kein verwendbares Token ausgestellt.</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>a space-separated string</source>
        <translation>eine durch Leerzeichen getrennte Zeichenkette</translation>
    </message>
    <message>
        <source>No HTTP client to send the token request with.</source>
        <translation>Kein HTTP-Client zum Senden der Token-Anfrage.</translation>
    </message>
    <message>
        <source>The token URL &quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation>Die Token-URL &quot;%1&quot; ist keine absolute http(s)-URL.</translation>
    </message>
    <message>
        <source>Set the token URL of the scheme, or discover it from the issuer.</source>
        <translation>Setzen Sie die Token-URL des Schemas, oder ermitteln Sie sie über den Issuer.</translation>
    </message>
    <message>
        <source>Every token request names its client: enter the client id registered with the authorization server.</source>
        <translation>Jede Token-Anfrage nennt ihren Client: geben Sie die beim Autorisierungsserver registrierte Client-ID ein.</translation>
    </message>
    <message>
        <source>The client authenticates with a secret, but none is set.</source>
        <translation>Der Client authentifiziert sich mit einem Secret, aber es ist keins gesetzt.</translation>
    </message>
    <message>
        <source>Enter the client secret, or mark the client as public (no authentication).</source>
        <translation>Geben Sie das Client-Secret ein, oder kennzeichnen Sie den Client als öffentlich (ohne Authentifizierung).</translation>
    </message>
    <message>
        <source>the stored token set is not readable: %1</source>
        <translation>der gespeicherte Token-Satz ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the stored token set has an unknown format version</source>
        <translation>der gespeicherte Token-Satz hat eine unbekannte Formatversion</translation>
    </message>
    <message>
        <source>the stored token set has no access token</source>
        <translation>der gespeicherte Token-Satz hat kein Access-Token</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: is the server running?</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt: läuft der Server?</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation>das ist ein Ordner, kein Dokument</translation>
    </message>
    <message>
        <source>the file is %1 MB, more than the %2 MB Keyway reads</source>
        <translation>die Datei ist %1 MB groß, mehr als die %2 MB, die Keyway liest</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the document refers to more than %1 other documents</source>
        <translation>das Dokument verweist auf mehr als %1 andere Dokumente</translation>
    </message>
    <message>
        <source>a referenced document cannot be read: %1</source>
        <translation>ein referenziertes Dokument kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a local file</source>
        <translation>%1 ist keine lokale Datei</translation>
    </message>
    <message numerus="yes">
        <source>The export was refused: %n secret value(s) would remain in it (%1). Please report this.</source>
        <translation>
            <numerusform>Der Export wurde abgelehnt: %n geheimer Wert bliebe darin (%1). Bitte melden Sie das.</numerusform>
            <numerusform>Der Export wurde abgelehnt: %n geheime Werte blieben darin (%1). Bitte melden Sie das.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored user name and password are unreadable.</source>
        <translation>Benutzername und Passwort im Speicher sind nicht lesbar.</translation>
    </message>
    <message>
        <source>The stored tokens are unreadable: %1</source>
        <translation>Die gespeicherten Token sind nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1: the token lacks %2, which the operation needs (%3) — the server will likely answer 403 insufficient_scope.</source>
        <translation>%1: dem Token fehlt %2, das die Operation braucht (%3) — der Server wird wahrscheinlich mit 403 insufficient_scope antworten.</translation>
    </message>
    <message>
        <source>(The token response did not list its scopes; these are the ones that were asked for.)</source>
        <translation>(Die Token-Antwort nannte ihre Scopes nicht; dies sind die angeforderten.)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; is not an absolute URL.</source>
        <translation>Die Server-URL &quot;%1&quot; ist keine absolute URL.</translation>
    </message>
    <message>
        <source>The document names no server: give a server URL.</source>
        <translation>Das Dokument nennt keinen Server: geben Sie eine Server-URL an.</translation>
    </message>
    <message>
        <source>There is no server %1 (the operation has %2).</source>
        <translation>Es gibt keinen Server %1 (die Operation hat %2).</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is relative and the document was not loaded from a URL: give a server URL.</source>
        <translation>Der Server &quot;%1&quot; ist relativ, und das Dokument wurde nicht von einer URL geladen: geben Sie eine Server-URL an.</translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; is not http or https.</source>
        <translation>Die Server-URL &quot;%1&quot; ist weder http noch https.</translation>
    </message>
    <message>
        <source>Cannot read the file for %1: %2</source>
        <translation>Die Datei für %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file for %1 is larger than the upload limit of %2 MB.</source>
        <translation>Die Datei für %1 ist größer als die Upload-Grenze von %2 MB.</translation>
    </message>
    <message>
        <source>%1 and %2 both need the Authorization header, which a request carries once: only %1&apos;s is sent.</source>
        <translation>%1 und %2 brauchen beide den Authorization-Header, den eine Anfrage nur einmal trägt: nur der von %1 wird gesendet.</translation>
    </message>
    <message>
        <source>%1 has %2 security alternative(s); there is no alternative %3.</source>
        <translation>%1 hat %2 Sicherheitsalternative(n); es gibt keine Alternative %3.</translation>
    </message>
    <message>
        <source>%1 requires %2, which the document does not define.</source>
        <translation>%1 verlangt %2, das das Dokument nicht definiert.</translation>
    </message>
    <message>
        <source>API key in %1 %2</source>
        <translation>API-Schlüssel in %1 %2</translation>
    </message>
    <message>
        <source>%1 needs %2: no credentials for %3. Authorize first, or choose another alternative.</source>
        <translation>%1 braucht %2: keine Zugangsdaten für %3. Autorisieren Sie zuerst, oder wählen Sie eine andere Alternative.</translation>
    </message>
    <message>
        <source>The header parameter %1 is replaced by the API key of %2.</source>
        <translation>Der Header-Parameter %1 wird durch den API-Schlüssel von %2 ersetzt.</translation>
    </message>
    <message>
        <source>The API key scheme %1 says in: &quot;%2&quot;; only header, query and cookie exist.</source>
        <translation>Das API-Key-Schema %1 sagt in: &quot;%2&quot;; es gibt nur header, query und cookie.</translation>
    </message>
    <message>
        <source>%1 needs the Authorization header, which %2 already uses: it is not answered.</source>
        <translation>%1 braucht den Authorization-Header, den %2 schon verwendet: es wird nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1: the token type is %2; it is sent as &quot;Authorization: %2 &lt;token&gt;&quot; without any proof the type may require (DPoP), so the server may refuse it.</source>
        <translation>%1: der Token-Typ ist %2; es wird als &quot;Authorization: %2 &lt;token&gt;&quot; gesendet, ohne einen Nachweis, den der Typ vielleicht verlangt (DPoP), daher lehnt der Server es vielleicht ab.</translation>
    </message>
    <message>
        <source>%1: the access token expired %2 s ago.</source>
        <translation>%1: das Access-Token ist vor %2 s abgelaufen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a client certificate is only presented over https; this URL is http.</source>
        <translation>%1: ein Client-Zertifikat wird nur über https vorgelegt; diese URL ist http.</translation>
    </message>
    <message>
        <source>The scheme %1 has the unknown type &quot;%2&quot;.</source>
        <translation>Das Schema %1 hat den unbekannten Typ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The path parameter %1 has no value.</source>
        <translation>Der Pfadparameter %1 hat keinen Wert.</translation>
    </message>
    <message>
        <source>The request URL is not valid: %1</source>
        <translation>Die Anfrage-URL ist nicht gültig: %1</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>Cannot resolve the %1 $ref: %2</source>
        <translation>Die %1-$ref kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>External: %1</source>
        <translation>Extern: %1</translation>
    </message>
    <message>
        <source>A parameter is not an object; it is ignored.</source>
        <translation>Ein Parameter ist kein Objekt; er wird ignoriert.</translation>
    </message>
    <message>
        <source>A parameter without name or in is ignored.</source>
        <translation>Ein Parameter ohne name oder in wird ignoriert.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; has an unknown location &quot;%2&quot;; it is ignored.</source>
        <translation>Der Parameter &quot;%1&quot; hat einen unbekannten Ort &quot;%2&quot;; er wird ignoriert.</translation>
    </message>
    <message>
        <source>More than one body parameter; only &quot;%1&quot; is used.</source>
        <translation>Mehr als ein Body-Parameter; nur &quot;%1&quot; wird verwendet.</translation>
    </message>
    <message>
        <source>File parameters cannot be sent as %1; use multipart/form-data.</source>
        <translation>Datei-Parameter können nicht als %1 gesendet werden; verwenden Sie multipart/form-data.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; (%2) is declared twice; the first is used.</source>
        <translation>Der Parameter &quot;%1&quot; (%2) ist zweimal deklariert; der erste wird verwendet.</translation>
    </message>
    <message>
        <source>The header parameter &quot;%1&quot; is ignored (OpenAPI describes it through %2).</source>
        <translation>Der Header-Parameter &quot;%1&quot; wird ignoriert (OpenAPI beschreibt ihn über %2).</translation>
    </message>
    <message>
        <source>security schemes</source>
        <translation>Sicherheitsschemata</translation>
    </message>
    <message>
        <source>media types</source>
        <translation>Medientypen</translation>
    </message>
    <message>
        <source>The path parameter &quot;%1&quot; is not declared; it is treated as a required string.</source>
        <translation>Der Pfadparameter &quot;%1&quot; ist nicht deklariert; er wird als verlangte Zeichenkette behandelt.</translation>
    </message>
</context>
<context>
    <name>RequestSender</name>
    <message>
        <source>The request could not be built.</source>
        <translation>Die Anfrage konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>Kein Dokument.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1</source>
        <translation>Token von %1 wird erneuert</translation>
    </message>
    <message>
        <source>The token of %1 could not be refreshed: %2</source>
        <translation>Das Token von %1 konnte nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>the answer held no access token</source>
        <translation>die Antwort enthielt kein Access-Token</translation>
    </message>
    <message>
        <source>(after refreshing the token)</source>
        <translation>(nach Erneuerung des Tokens)</translation>
    </message>
    <message>
        <source>Answering the Digest challenge of %1</source>
        <translation>Digest-Challenge von %1 wird beantwortet</translation>
    </message>
    <message>
        <source>(Digest answer)</source>
        <translation>(Digest-Antwort)</translation>
    </message>
    <message>
        <source>A redirect led to another origin (%1): Authorization, API keys and cookies were not sent there.</source>
        <translation>Eine Weiterleitung führte zu einem anderen Ursprung (%1): Authorization, API-Schlüssel und Cookies wurden dorthin nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (insgesamt %1)</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>Element %1 von %2</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 must be an integer (&quot;%2&quot; is not).</source>
        <translation>%1 muss eine ganze Zahl sein (&quot;%2&quot; ist keine).</translation>
    </message>
    <message>
        <source>%1 must fit in 32 bits (int32): %2 is out of range.</source>
        <translation>%1 muss in 32 Bit passen (int32): %2 liegt außerhalb des Wertebereichs.</translation>
    </message>
    <message>
        <source>%1 must be a number (&quot;%2&quot; is not).</source>
        <translation>%1 muss eine Zahl sein (&quot;%2&quot; ist keine).</translation>
    </message>
    <message>
        <source>%1 must be true or false (&quot;%2&quot; is neither).</source>
        <translation>%1 muss true oder false sein (&quot;%2&quot; ist keins von beiden).</translation>
    </message>
    <message>
        <source>%1 must be greater than %2.</source>
        <translation>%1 muss größer als %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be less than %2.</source>
        <translation>%1 muss kleiner als %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long.</source>
        <translation>%1 muss mindestens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long.</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2.</source>
        <translation>%1 passt nicht zum Muster %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The operation takes no %1 body (it takes %2).</source>
        <translation>Die Operation nimmt keinen %1-Inhalt an (sie nimmt %2).</translation>
    </message>
    <message>
        <source>The request body is required.</source>
        <translation>Der Anfrageinhalt ist erforderlich.</translation>
    </message>
    <message>
        <source>The JSON body does not parse: %1 at offset %2.</source>
        <translation>Der JSON-Inhalt lässt sich nicht parsen: %1 bei Offset %2.</translation>
    </message>
</context>
<context>
    <name>SecretAddress</name>
    <message>
        <source>scheme %1, profile %2, %3</source>
        <translation>Schema %1, Profil %2, %3</translation>
    </message>
    <message>
        <source> (client %1 at %2)</source>
        <translation> (Client %1 bei %2)</translation>
    </message>
</context>
<context>
    <name>WwwAuthenticate</name>
    <message>
        <source>Unexpected %1 at position %2 where an authentication scheme or parameter was expected.</source>
        <translation>Unerwartetes %1 an Position %2, wo ein Authentifizierungsschema oder ein Parameter erwartet wurde.</translation>
    </message>
    <message>
        <source>The quoted value of &quot;%1&quot; in the %2 challenge has no closing quote.</source>
        <translation>Dem Wert von &quot;%1&quot; in der %2-Challenge in Anführungszeichen fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; of the %2 challenge has no value.</source>
        <translation>Der Parameter &quot;%1&quot; der %2-Challenge hat keinen Wert.</translation>
    </message>
    <message>
        <source>The %1 challenge gives &quot;%2&quot; twice; the first is used.</source>
        <translation>Die %1-Challenge gibt &quot;%2&quot; zweimal an; das erste wird verwendet.</translation>
    </message>
    <message>
        <source>The %1 challenge has more than %2 parameters; the rest are ignored.</source>
        <translation>Die %1-Challenge hat mehr als %2 Parameter; die übrigen werden ignoriert.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the parameter &quot;%2&quot; of the %3 challenge.</source>
        <translation>Unerwartetes %1 nach dem Parameter &quot;%2&quot; der %3-Challenge.</translation>
    </message>
    <message>
        <source>The header starts with the parameter &quot;%1&quot; instead of an authentication scheme.</source>
        <translation>Der Header beginnt mit dem Parameter &quot;%1&quot; statt mit einem Authentifizierungsschema.</translation>
    </message>
    <message>
        <source>More than %1 challenges; the rest are ignored.</source>
        <translation>Mehr als %1 Challenges; die übrigen werden ignoriert.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the scheme %2.</source>
        <translation>Unerwartetes %1 nach dem Schema %2.</translation>
    </message>
    <message>
        <source>Unexpected %1 in the %2 challenge.</source>
        <translation>Unerwartetes %1 in der %2-Challenge.</translation>
    </message>
    <message>
        <source>The %1 challenge has &quot;%2&quot; where a parameter (name=value) or a token68 was expected.</source>
        <translation>Die %1-Challenge hat &quot;%2&quot;, wo ein Parameter (Name=Wert) oder ein token68 erwartet wurde.</translation>
    </message>
    <message>
        <source> (realm &quot;%1&quot;)</source>
        <translation> (Realm &quot;%1&quot;)</translation>
    </message>
    <message>
        <source> (the server says: &quot;%1&quot;)</source>
        <translation> (der Server sagt: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>invalid_token: the token is expired or revoked — refresh or sign in again</source>
        <translation>invalid_token: das Token ist abgelaufen oder widerrufen — erneuern Sie es oder melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>insufficient_scope: the token lacks a scope this operation needs — sign in again asking for it</source>
        <translation>insufficient_scope: dem Token fehlt ein Scope, den diese Operation braucht — melden Sie sich erneut an und fordern Sie ihn an</translation>
    </message>
    <message>
        <source>insufficient_scope: needs %1</source>
        <translation>insufficient_scope: braucht %1</translation>
    </message>
    <message>
        <source>invalid_request: the request is malformed (a missing or repeated parameter, or the token sent in more than one way)</source>
        <translation>invalid_request: die Anfrage ist fehlerhaft (ein fehlender oder doppelter Parameter, oder das Token auf mehr als eine Art gesendet)</translation>
    </message>
    <message>
        <source>%1: an error this scheme does not define</source>
        <translation>%1: ein Fehler, den dieses Schema nicht definiert</translation>
    </message>
    <message>
        <source>%1: the server wants an access token — none was sent, or it was not recognised</source>
        <translation>%1: der Server will ein Access-Token — keins wurde gesendet, oder es wurde nicht erkannt</translation>
    </message>
    <message>
        <source>; scope %1</source>
        <translation>; Scope %1</translation>
    </message>
    <message>
        <source>; more at %1</source>
        <translation>; mehr unter %1</translation>
    </message>
    <message>
        <source>The header names no authentication scheme.</source>
        <translation>Der Header nennt kein Authentifizierungsschema.</translation>
    </message>
    <message>
        <source>Basic: the server wants a user name and password%1</source>
        <translation>Basic: der Server will Benutzername und Passwort%1</translation>
    </message>
    <message>
        <source>, encoded as UTF-8</source>
        <translation>, als UTF-8 kodiert</translation>
    </message>
    <message>
        <source>Digest: the server wants a user name and password, proven with a %1 hash%2</source>
        <translation>Digest: der Server will Benutzername und Passwort, nachgewiesen mit einem %1-Hash%2</translation>
    </message>
    <message>
        <source>, qop %1</source>
        <translation>, qop %1</translation>
    </message>
    <message>
        <source> — the nonce expired: repeat the request with the fresh one</source>
        <translation> — die Nonce ist abgelaufen: wiederholen Sie die Anfrage mit der neuen</translation>
    </message>
    <message>
        <source>%1: the server wants an API key</source>
        <translation>%1: der Server will einen API-Schlüssel</translation>
    </message>
    <message>
        <source> in the %1 %2</source>
        <translation> im %1 %2</translation>
    </message>
    <message>
        <source> — none was sent, or it is wrong</source>
        <translation> — keiner wurde gesendet, oder er ist falsch</translation>
    </message>
    <message>
        <source>%1: the server wants Windows (Kerberos/NTLM) authentication, which Keyway does not perform</source>
        <translation>%1: der Server will Windows-Authentifizierung (Kerberos/NTLM), die Keyway nicht ausführt</translation>
    </message>
    <message>
        <source>%1: the server asks for the %1 authentication scheme%2</source>
        <translation>%1: der Server verlangt das Authentifizierungsschema %1%2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
</context>
<context>
    <name>keyway::auth::AuthorizationCodeFlow</name>
    <message>
        <source>The token URL &quot;%1&quot; is not an absolute http(s) URL: the code cannot be exchanged.</source>
        <translation>Die Token-URL &quot;%1&quot; ist keine absolute http(s)-URL: der Code kann nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>The client authenticates with a secret, but none is set: enter it, or mark the client as public.</source>
        <translation>Der Client authentifiziert sich mit einem Secret, aber es ist keins gesetzt: geben Sie es ein, oder kennzeichnen Sie den Client als öffentlich.</translation>
    </message>
    <message>
        <source>Token request (authorization code)</source>
        <translation>Token-Anfrage (Autorisierungscode)</translation>
    </message>
    <message>
        <source>Exchanging the authorization code at the token endpoint…</source>
        <translation>Der Autorisierungscode wird beim Token-Endpunkt eingelöst…</translation>
    </message>
</context>
<context>
    <name>keyway::auth::BrowserGrantFlow</name>
    <message>
        <source>No HTTP client to run the flow with.</source>
        <translation>Kein HTTP-Client zum Ausführen des Flows.</translation>
    </message>
    <message>
        <source>No client id is set.</source>
        <translation>Keine Client-ID gesetzt.</translation>
    </message>
    <message>
        <source>Enter the client id registered with the authorization server.</source>
        <translation>Geben Sie die beim Autorisierungsserver registrierte Client-ID ein.</translation>
    </message>
    <message>
        <source>The provider registered this port: stop the program that uses it, or finish the other sign-in first.</source>
        <translation>Der Anbieter hat diesen Port registriert: beenden Sie das Programm, das ihn verwendet, oder schließen Sie zuerst die andere Anmeldung ab.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser (the answer comes back to %1)…</source>
        <translation>Warten auf die Anmeldung im Browser (die Antwort kommt zu %1 zurück)…</translation>
    </message>
    <message>
        <source>The authorization response names the issuer &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Die Autorisierungsantwort nennt den Issuer &quot;%1&quot;, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The response came from another authorization server than the one this sign-in started with (an authorization server mix-up, RFC 9207), or the configured issuer is wrong. Nothing from the response was used.</source>
        <translation>Die Antwort kam von einem anderen Autorisierungsserver als dem, mit dem diese Anmeldung begann (eine Verwechslung von Autorisierungsservern, RFC 9207), oder der eingerichtete Issuer ist falsch. Nichts aus der Antwort wurde verwendet.</translation>
    </message>
    <message>
        <source>Authorization request (opened in the browser)</source>
        <translation>Autorisierungsanfrage (im Browser geöffnet)</translation>
    </message>
    <message>
        <source>The response has no ID token, although the sign-in asked for one (scope openid).</source>
        <translation>Die Antwort enthält kein ID-Token, obwohl die Anmeldung eines angefordert hat (Scope openid).</translation>
    </message>
    <message>
        <source>The server treated the request as plain OAuth 2.0: the client may not be allowed the openid scope, or the server does not support OpenID Connect here.</source>
        <translation>Der Server hat die Anfrage als reines OAuth 2.0 behandelt: der Client darf den Scope openid vielleicht nicht verwenden, oder der Server unterstützt OpenID Connect hier nicht.</translation>
    </message>
    <message>
        <source>Checking the ID token…</source>
        <translation>ID-Token wird geprüft…</translation>
    </message>
</context>
<context>
    <name>keyway::auth::ClientCredentialsFlow</name>
    <message>
        <source>The client-credentials grant needs a confidential client (a client secret).</source>
        <translation>Der Client-Credentials-Grant braucht einen vertraulichen Client (ein Client-Secret).</translation>
    </message>
    <message>
        <source>Enter the client secret and choose client_secret_basic or client_secret_post.</source>
        <translation>Geben Sie das Client-Secret ein und wählen Sie client_secret_basic oder client_secret_post.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::CredentialManager</name>
    <message>
        <source>No such scheme in the document.</source>
        <translation>Kein solches Schema im Dokument.</translation>
    </message>
    <message>
        <source>Expired %1 ago.</source>
        <translation>Vor %1 abgelaufen.</translation>
    </message>
    <message>
        <source>There is no refresh token: sign in again.</source>
        <translation>Es gibt kein Refresh-Token: melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>It can be refreshed.</source>
        <translation>Es kann erneuert werden.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>%1-Token</translation>
    </message>
    <message>
        <source>, scopes %1</source>
        <translation>, Scopes %1</translation>
    </message>
    <message>
        <source>, expires in %1</source>
        <translation>, läuft ab in %1</translation>
    </message>
    <message>
        <source>, no expiry given</source>
        <translation>, kein Ablauf angegeben</translation>
    </message>
    <message>
        <source>, refreshable</source>
        <translation>, erneuerbar</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Client %1; not signed in.</source>
        <translation>Client %1; nicht angemeldet.</translation>
    </message>
    <message>
        <source>No client configured.</source>
        <translation>Kein Client eingerichtet.</translation>
    </message>
    <message>
        <source>Keyway cannot use a scheme of type &quot;%1&quot;.</source>
        <translation>Keyway kann ein Schema vom Typ &quot;%1&quot; nicht verwenden.</translation>
    </message>
    <message>
        <source>API key set.</source>
        <translation>API-Schlüssel gesetzt.</translation>
    </message>
    <message>
        <source>Token set.</source>
        <translation>Token gesetzt.</translation>
    </message>
    <message>
        <source>User %1.</source>
        <translation>Benutzer %1.</translation>
    </message>
    <message>
        <source>Client certificate %1.</source>
        <translation>Client-Zertifikat %1.</translation>
    </message>
    <message>
        <source>No credentials set.</source>
        <translation>Keine Zugangsdaten gesetzt.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only oauth2 and openIdConnect schemes have a provider to discover.</source>
        <translation>Nur oauth2- und openIdConnect-Schemata haben einen Anbieter, der ermittelt werden kann.</translation>
    </message>
    <message>
        <source>The openIdConnectUrl &quot;%1&quot; cannot be resolved.</source>
        <translation>Die openIdConnectUrl &quot;%1&quot; kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>A relative URL needs a document loaded from a URL, or a server with an absolute URL.</source>
        <translation>Eine relative URL braucht ein von einer URL geladenes Dokument oder einen Server mit absoluter URL.</translation>
    </message>
    <message>
        <source>There is nothing to discover from.</source>
        <translation>Es gibt nichts, woraus ermittelt werden könnte.</translation>
    </message>
    <message>
        <source>Enter the authorization server&apos;s issuer URL to discover its endpoints.</source>
        <translation>Geben Sie die Issuer-URL des Autorisierungsservers ein, um seine Endpunkte zu ermitteln.</translation>
    </message>
    <message>
        <source>The issuer must be an absolute http(s) URL.</source>
        <translation>Der Issuer muss eine absolute http(s)-URL sein.</translation>
    </message>
    <message>
        <source>Only oauth2 and openIdConnect schemes have a provider.</source>
        <translation>Nur oauth2- und openIdConnect-Schemata haben einen Anbieter.</translation>
    </message>
    <message>
        <source>Only oauth2 and openIdConnect schemes have a client configuration.</source>
        <translation>Nur oauth2- und openIdConnect-Schemata haben eine Client-Konfiguration.</translation>
    </message>
    <message>
        <source>The secrets are held in memory only until a client id is set and the issuer is known.</source>
        <translation>Die Geheimnisse werden nur im Speicher gehalten, bis eine Client-ID gesetzt und der Issuer bekannt ist.</translation>
    </message>
    <message>
        <source>The credential manager was destroyed.</source>
        <translation>Die Zugangsdatenverwaltung wurde zerstört.</translation>
    </message>
    <message>
        <source>The tokens were not stored: the credential manager is gone.</source>
        <translation>Die Token wurden nicht gespeichert: die Zugangsdatenverwaltung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The tokens were not stored: the issuer or client id is unknown.</source>
        <translation>Die Token wurden nicht gespeichert: Issuer oder Client-ID ist unbekannt.</translation>
    </message>
    <message>
        <source>The tokens are held in memory for this session only.</source>
        <translation>Die Token werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The tokens are held in memory for this session only: %1</source>
        <translation>Die Token werden nur für diese Sitzung im Speicher gehalten: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not signed in: there are no tokens for this scheme and profile.</source>
        <translation>Nicht angemeldet: für dieses Schema und Profil gibt es keine Token.</translation>
    </message>
    <message>
        <source>The access token expired and there is no refresh token.</source>
        <translation>Das Access-Token ist abgelaufen, und es gibt kein Refresh-Token.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This scheme cannot be refreshed.</source>
        <translation>Dieses Schema kann nicht erneuert werden.</translation>
    </message>
    <message>
        <source>Only apiKey, http and mutualTLS schemes take a typed-in secret.</source>
        <translation>Nur apiKey-, http- und mutualTLS-Schemata nehmen ein eingegebenes Geheimnis an.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::DeviceAuthorizationFlow</name>
    <message>
        <source>No device authorization endpoint is known.</source>
        <translation>Kein Device-Authorization-Endpunkt bekannt.</translation>
    </message>
    <message>
        <source>Discover the provider&apos;s metadata (device_authorization_endpoint) or enter the URL.</source>
        <translation>Ermitteln Sie die Metadaten des Anbieters (device_authorization_endpoint) oder geben Sie die URL ein.</translation>
    </message>
    <message>
        <source>No client id is set.</source>
        <translation>Keine Client-ID gesetzt.</translation>
    </message>
    <message>
        <source>Device authorization request</source>
        <translation>Device-Authorization-Anfrage</translation>
    </message>
    <message>
        <source>device authorization endpoint</source>
        <translation>Device-Authorization-Endpunkt</translation>
    </message>
    <message>
        <source>A device authorization response is a JSON object with device_code, user_code, verification_uri and expires_in (RFC 8628 §3.2). Check the URL.</source>
        <translation>Eine Device-Authorization-Antwort ist ein JSON-Objekt mit device_code, user_code, verification_uri und expires_in (RFC 8628 §3.2). Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The device authorization endpoint answered %1 with something that is not a JSON object.</source>
        <translation>Der Device-Authorization-Endpunkt antwortete %1 mit etwas, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>The device authorization response has no device_code.</source>
        <translation>Die Device-Authorization-Antwort hat keinen device_code.</translation>
    </message>
    <message>
        <source>The device authorization response has no user_code.</source>
        <translation>Die Device-Authorization-Antwort hat keinen user_code.</translation>
    </message>
    <message>
        <source>The device authorization response has no usable verification_uri.</source>
        <translation>Die Device-Authorization-Antwort hat keine verwendbare verification_uri.</translation>
    </message>
    <message>
        <source>Waiting for the code %1 to be entered at %2 (polling every %3 s)…</source>
        <translation>Warten, bis der Code %1 unter %2 eingegeben wird (Abfrage alle %3 s)…</translation>
    </message>
    <message>
        <source>Stopped polling after %1 attempts.</source>
        <translation>Abfrage nach %1 Versuchen beendet.</translation>
    </message>
    <message>
        <source>The user did not finish on the verification page.</source>
        <translation>Der Benutzer hat auf der Verifizierungsseite nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The device code expired after %1 s before the user approved the request.</source>
        <translation>Der Device-Code ist nach %1 s abgelaufen, bevor der Benutzer der Anfrage zugestimmt hat.</translation>
    </message>
    <message>
        <source>Token request (device code, poll %1)</source>
        <translation>Token-Anfrage (Device-Code, Abfrage %1)</translation>
    </message>
    <message>
        <source>The server asked to slow down (slow_down): polling every %1 s now.</source>
        <translation>Der Server bat um langsamere Abfragen (slow_down): jetzt Abfrage alle %1 s.</translation>
    </message>
    <message>
        <source>Polling failed (%1); trying again.</source>
        <translation>Abfrage fehlgeschlagen (%1); neuer Versuch.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::Discovery</name>
    <message>
        <source>&quot;%1&quot; is not an issuer or discovery URL (an absolute http(s) URL).</source>
        <translation>&quot;%1&quot; ist keine Issuer- oder Discovery-URL (eine absolute http(s)-URL).</translation>
    </message>
    <message>
        <source>No usable metadata was found:
%1</source>
        <translation>Es wurden keine verwendbaren Metadaten gefunden:
%1</translation>
    </message>
    <message>
        <source>Check the issuer URL; providers publish their metadata at issuer + /.well-known/openid-configuration.</source>
        <translation>Prüfen Sie die Issuer-URL; Anbieter veröffentlichen ihre Metadaten unter Issuer + /.well-known/openid-configuration.</translation>
    </message>
    <message>
        <source>Discovery (OpenID Connect)</source>
        <translation>Discovery (OpenID Connect)</translation>
    </message>
    <message>
        <source>Discovery (RFC 8414)</source>
        <translation>Discovery (RFC 8414)</translation>
    </message>
    <message>
        <source>discovery endpoint</source>
        <translation>Discovery-Endpunkt</translation>
    </message>
</context>
<context>
    <name>keyway::auth::ImplicitFlow</name>
    <message>
        <source>The implicit grant is deprecated: RFC 9700 (OAuth 2.0 Security Best Current Practice) advises against it, because the access token travels in the browser&apos;s address and can leak through history, referrers or injection, and it cannot be bound to this client. Prefer authorization code with PKCE; use implicit only to test a server that still offers it.</source>
        <translation>Der Implicit-Grant ist veraltet: RFC 9700 (OAuth 2.0 Security Best Current Practice) rät davon ab, weil das Access-Token in der Adresse des Browsers übertragen wird und über Verlauf, Referrer oder Einschleusung abfließen kann, und weil es nicht an diesen Client gebunden werden kann. Verwenden Sie lieber Autorisierungscode mit PKCE; Implicit nur, um einen Server zu testen, der es noch anbietet.</translation>
    </message>
    <message>
        <source>The authorization response&apos;s expires_in &quot;%1&quot; is not a number of seconds.</source>
        <translation>expires_in &quot;%1&quot; der Autorisierungsantwort ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>The server sent a malformed implicit response.</source>
        <translation>Der Server hat eine fehlerhafte Implicit-Antwort gesendet.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::JwksCache</name>
    <message>
        <source>The JWKS URL &quot;%1&quot; is not usable.</source>
        <translation>Die JWKS-URL &quot;%1&quot; ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata must name its jwks_uri; without keys, signatures cannot be verified.</source>
        <translation>Die Metadaten des Issuers müssen seine jwks_uri nennen; ohne Schlüssel lassen sich Signaturen nicht prüfen.</translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
    <message>
        <source>JWKS endpoint</source>
        <translation>JWKS-Endpunkt</translation>
    </message>
    <message>
        <source>The JWKS at %1 is larger than %2 KB.</source>
        <translation>Das JWKS unter %1 ist größer als %2 KB.</translation>
    </message>
    <message>
        <source>A key set holds a few keys; this is not one.</source>
        <translation>Ein Schlüsselsatz enthält wenige Schlüssel; das hier ist keiner.</translation>
    </message>
    <message>
        <source>The JWKS at %1 is not usable: %2</source>
        <translation>Das JWKS unter %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>An HTML page came instead of a key set: the jwks_uri is wrong or a proxy intercepted the request.</source>
        <translation>Statt eines Schlüsselsatzes kam eine HTML-Seite: die jwks_uri ist falsch, oder ein Proxy hat die Anfrage abgefangen.</translation>
    </message>
    <message>
        <source>Check that jwks_uri points at a JSON Web Key Set ({&quot;keys&quot;: [...]}).</source>
        <translation>Prüfen Sie, ob die jwks_uri auf ein JSON Web Key Set ({&quot;keys&quot;: [...]}) zeigt.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::LoopbackReceiver</name>
    <message>
        <source>This loopback listener has already received its callback; start a new one.</source>
        <translation>Dieser Loopback-Listener hat seinen Callback schon erhalten; starten Sie einen neuen.</translation>
    </message>
    <message>
        <source>The redirect host &quot;%1&quot; is not allowed: a loopback redirect uses 127.0.0.1, localhost or [::1] (RFC 8252 §7.3), so that no other machine can reach the listener.</source>
        <translation>Der Redirect-Host &quot;%1&quot; ist nicht erlaubt: eine Loopback-Weiterleitung verwendet 127.0.0.1, localhost oder [::1] (RFC 8252 §7.3), damit kein anderer Rechner den Listener erreicht.</translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; must start with &quot;/&quot; and contain no query or fragment.</source>
        <translation>Der Redirect-Pfad &quot;%1&quot; muss mit &quot;/&quot; beginnen und darf weder Query noch Fragment enthalten.</translation>
    </message>
    <message>
        <source>the port is in use (another program, or another sign-in, is listening there)</source>
        <translation>der Port ist belegt (ein anderes Programm oder eine andere Anmeldung lauscht dort)</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in callback on %1 port %2: %3.</source>
        <translation>Auf %1 Port %2 kann nicht auf den Anmelde-Callback gewartet werden: %3.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>An oversized request was refused.</source>
        <translation>Eine übergroße Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Chunked requests are not accepted here.</source>
        <translation>Anfragen mit Chunked-Kodierung werden hier nicht angenommen.</translation>
    </message>
    <message>
        <source>A chunked request was refused.</source>
        <translation>Eine Anfrage mit Chunked-Kodierung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation>Die Anfrage ist unverständlich.</translation>
    </message>
    <message>
        <source>A malformed request was refused.</source>
        <translation>Eine fehlerhafte Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This request named another host; Keyway only answers requests for its own loopback address.</source>
        <translation>Diese Anfrage nannte einen anderen Host; Keyway beantwortet nur Anfragen an seine eigene Loopback-Adresse.</translation>
    </message>
    <message>
        <source>A request for another host name was refused (its Host header does not name this loopback listener).</source>
        <translation>Eine Anfrage für einen anderen Hostnamen wurde abgelehnt (ihr Host-Header nennt nicht diesen Loopback-Listener).</translation>
    </message>
    <message>
        <source>This is not the sign-in address: Keyway waits for the sign-in response at %1, and this request went to %2. The sign-in goes on; you can close this tab.</source>
        <translation>Dies ist nicht die Anmeldeadresse: Keyway wartet auf die Anmeldeantwort unter %1, und diese Anfrage ging an %2. Die Anmeldung läuft weiter; Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>A request to %1 was refused: the redirect path is %2 (matched exactly). Still waiting for the callback.</source>
        <translation>Eine Anfrage an %1 wurde abgelehnt: der Redirect-Pfad ist %2 (exakt verglichen). Warten auf den Callback geht weiter.</translation>
    </message>
    <message>
        <source>This sign-in is over; you can close this tab.</source>
        <translation>Diese Anmeldung ist vorbei; Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>A request arrived after the callback and was refused.</source>
        <translation>Eine Anfrage kam nach dem Callback an und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This address waits for the sign-in response of the authorization server, and this request carried none. Keyway is still waiting.</source>
        <translation>Diese Adresse wartet auf die Anmeldeantwort des Autorisierungsservers, und diese Anfrage enthielt keine. Keyway wartet weiter.</translation>
    </message>
    <message>
        <source>A request without any response parameters reached the callback address and was refused. Still waiting.</source>
        <translation>Eine Anfrage ohne Antwortparameter erreichte die Callback-Adresse und wurde abgelehnt. Warten geht weiter.</translation>
    </message>
    <message>
        <source>The response must be posted form-encoded.</source>
        <translation>Die Antwort muss formularkodiert gesendet werden.</translation>
    </message>
    <message>
        <source>A POST with an unexpected content type reached the callback address and was refused.</source>
        <translation>Ein POST mit unerwartetem Inhaltstyp erreichte die Callback-Adresse und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This address only accepts the sign-in response.</source>
        <translation>Diese Adresse nimmt nur die Anmeldeantwort an.</translation>
    </message>
    <message>
        <source>A %1 request to the callback address was refused.</source>
        <translation>Eine %1-Anfrage an die Callback-Adresse wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The authorization response was refused: it carried no state.</source>
        <translation>Die Autorisierungsantwort wurde abgelehnt: sie enthielt keinen State.</translation>
    </message>
    <message>
        <source>Keyway sends a random state with every sign-in and accepts only a response that returns it. A response without one did not come from this sign-in (a forged or replayed link), or the server drops the parameter. Nothing from the response was used; start the sign-in again.</source>
        <translation>Keyway sendet mit jeder Anmeldung einen zufälligen State und nimmt nur eine Antwort an, die ihn zurückgibt. Eine Antwort ohne State stammt nicht aus dieser Anmeldung (ein gefälschter oder wiederholter Link), oder der Server lässt den Parameter weg. Nichts aus der Antwort wurde verwendet; starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The authorization response was refused: it carried the state more than once.</source>
        <translation>Die Autorisierungsantwort wurde abgelehnt: sie enthielt den State mehr als einmal.</translation>
    </message>
    <message>
        <source>The authorization response was refused: its state is not the one Keyway sent.</source>
        <translation>Die Autorisierungsantwort wurde abgelehnt: ihr State ist nicht der, den Keyway gesendet hat.</translation>
    </message>
    <message>
        <source>The response does not belong to the sign-in Keyway started: it comes from an older browser tab or an earlier attempt, or it was forged (cross-site request forgery). Nothing from the response was used; start the sign-in again.</source>
        <translation>Die Antwort gehört nicht zu der Anmeldung, die Keyway gestartet hat: sie stammt aus einem älteren Browser-Tab oder einem früheren Versuch, oder sie wurde gefälscht (Cross-Site Request Forgery). Nichts aus der Antwort wurde verwendet; starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The authorization response carried the parameter &quot;%1&quot; more than once.</source>
        <translation>Die Autorisierungsantwort enthielt den Parameter &quot;%1&quot; mehr als einmal.</translation>
    </message>
    <message>
        <source>RFC 6749 §3.1 forbids repeated parameters; a response with two values for one name is ambiguous and was not used. A proxy or a misconfigured server may have added one. Start the sign-in again.</source>
        <translation>RFC 6749 §3.1 verbietet wiederholte Parameter; eine Antwort mit zwei Werten für einen Namen ist mehrdeutig und wurde nicht verwendet. Vielleicht hat ein Proxy oder ein falsch konfigurierter Server einen hinzugefügt. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The authorization server refused the sign-in: %1.</source>
        <translation>Der Autorisierungsserver hat die Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The authorization response lacks %1.</source>
        <translation>Der Autorisierungsantwort fehlt %1.</translation>
    </message>
    <message>
        <source>The server redirected back without the parameters this grant needs: the response type may not be supported for this client, or the response went to the query instead of the fragment (or the other way round).</source>
        <translation>Der Server hat ohne die Parameter zurückgeleitet, die dieser Grant braucht: der Response-Type wird für diesen Client vielleicht nicht unterstützt, oder die Antwort ging in die Query statt ins Fragment (oder umgekehrt).</translation>
    </message>
    <message>
        <source>Keyway: the sign-in response was received. You can close this tab.</source>
        <translation>Keyway: die Anmeldeantwort ist angekommen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Keyway: the sign-in failed. %1</source>
        <translation>Keyway: die Anmeldung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Keyway received the sign-in response.</source>
        <translation>Keyway hat die Anmeldeantwort erhalten.</translation>
    </message>
    <message>
        <source>Keyway finishes the sign-in and shows the result in its own window.</source>
        <translation>Keyway schließt die Anmeldung ab und zeigt das Ergebnis in seinem eigenen Fenster.</translation>
    </message>
    <message>
        <source>Authorization response (fragment posted back to the loopback)</source>
        <translation>Autorisierungsantwort (Fragment an den Loopback zurückgesendet)</translation>
    </message>
    <message>
        <source>Authorization response (browser redirect to the loopback)</source>
        <translation>Autorisierungsantwort (Browser-Weiterleitung an den Loopback)</translation>
    </message>
    <message>
        <source>No sign-in response reached %1 within %2; the loopback listener is closed.</source>
        <translation>Innerhalb von %2 hat keine Anmeldeantwort %1 erreicht; der Loopback-Listener ist geschlossen.</translation>
    </message>
    <message>
        <source>The browser did not come back: the sign-in was not finished in time, the browser was not opened, or the authorization server redirected elsewhere (check that the registered redirect URI is %1, port included when the server compares it). Start the sign-in again.</source>
        <translation>Der Browser ist nicht zurückgekommen: die Anmeldung wurde nicht rechtzeitig abgeschlossen, der Browser wurde nicht geöffnet, oder der Autorisierungsserver hat woandershin weitergeleitet (prüfen Sie, ob die registrierte Redirect-URI %1 ist, samt Port, wenn der Server ihn vergleicht). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Keyway: you can close this tab</source>
        <translation>Keyway: Sie können diesen Tab schließen</translation>
    </message>
    <message>
        <source>Keyway is reading the sign-in response…</source>
        <translation>Keyway liest die Anmeldeantwort…</translation>
    </message>
    <message>
        <source>This page needs JavaScript to hand the sign-in response (in the address, after #) to Keyway.</source>
        <translation>Diese Seite braucht JavaScript, um die Anmeldeantwort (in der Adresse, nach #) an Keyway zu übergeben.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::PasswordFlow</name>
    <message>
        <source>The resource owner password grant hands the user&apos;s password to the client; RFC 9700 (OAuth 2.0 Security Best Current Practice) says it must not be used. Keyway supports it for testing APIs that still offer it.</source>
        <translation>Der Resource-Owner-Password-Grant gibt das Passwort des Benutzers an den Client; RFC 9700 (OAuth 2.0 Security Best Current Practice) sagt, dass er nicht verwendet werden darf. Keyway unterstützt ihn, um APIs zu testen, die ihn noch anbieten.</translation>
    </message>
    <message>
        <source>The password grant needs a username.</source>
        <translation>Der Password-Grant braucht einen Benutzernamen.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::RefreshFlow</name>
    <message>
        <source>There is no refresh token to refresh with.</source>
        <translation>Es gibt kein Refresh-Token zum Erneuern.</translation>
    </message>
    <message>
        <source>The server issued none (it issues them only for some grants or with the offline_access scope). Sign in again instead.</source>
        <translation>Der Server hat keins ausgestellt (er stellt sie nur für manche Grants oder mit dem Scope offline_access aus). Melden Sie sich stattdessen erneut an.</translation>
    </message>
</context>
<context>
    <name>keyway::auth::TokenAdmin</name>
    <message>
        <source>revocation endpoint</source>
        <translation>Widerrufs-Endpunkt</translation>
    </message>
    <message>
        <source>Token revocation</source>
        <translation>Token-Widerruf</translation>
    </message>
    <message>
        <source>introspection endpoint</source>
        <translation>Introspection-Endpunkt</translation>
    </message>
    <message>
        <source>Token introspection</source>
        <translation>Token-Introspection</translation>
    </message>
    <message>
        <source>The introspection endpoint answered with something that is not a JSON object.</source>
        <translation>Der Introspection-Endpunkt antwortete mit etwas, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>An introspection response is a JSON object with at least &quot;active&quot; (RFC 7662 §2.2).</source>
        <translation>Eine Introspection-Antwort ist ein JSON-Objekt mit mindestens &quot;active&quot; (RFC 7662 §2.2).</translation>
    </message>
    <message>
        <source>The introspection response has no boolean &quot;active&quot; member.</source>
        <translation>Die Introspection-Antwort hat kein boolesches Element &quot;active&quot;.</translation>
    </message>
    <message>
        <source>RFC 7662 §2.2 requires &quot;active&quot;: true or false.</source>
        <translation>RFC 7662 §2.2 verlangt &quot;active&quot;: true oder false.</translation>
    </message>
    <message>
        <source>userinfo endpoint</source>
        <translation>Userinfo-Endpunkt</translation>
    </message>
    <message>
        <source>UserInfo request</source>
        <translation>Userinfo-Anfrage</translation>
    </message>
    <message>
        <source>The userinfo endpoint sent a JWT that cannot be decoded: %1</source>
        <translation>Der Userinfo-Endpunkt hat ein JWT gesendet, das nicht dekodiert werden kann: %1</translation>
    </message>
    <message>
        <source>The userinfo endpoint answered with something that is not a JSON object.</source>
        <translation>Der Userinfo-Endpunkt antwortete mit etwas, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>An HTML page came back: the URL is a web page, not the userinfo endpoint.</source>
        <translation>Eine HTML-Seite kam zurück: die URL ist eine Webseite, nicht der Userinfo-Endpunkt.</translation>
    </message>
    <message>
        <source>The userinfo response has no sub claim.</source>
        <translation>Die Userinfo-Antwort hat keinen sub-Claim.</translation>
    </message>
    <message>
        <source>OIDC Core §5.3.2 requires sub in every answer.</source>
        <translation>OIDC Core §5.3.2 verlangt sub in jeder Antwort.</translation>
    </message>
    <message>
        <source>The userinfo response is about &quot;%1&quot;, but the ID token names &quot;%2&quot;.</source>
        <translation>Die Userinfo-Antwort betrifft &quot;%1&quot;, aber das ID-Token nennt &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>OIDC Core §5.3.2: the answer must not be used when the subjects differ (a token substitution?).</source>
        <translation>OIDC Core §5.3.2: die Antwort darf nicht verwendet werden, wenn die Subjekte verschieden sind (ein untergeschobenes Token?).</translation>
    </message>
</context>
<context>
    <name>keyway::auth::TokenGrantFlow</name>
    <message>
        <source>Checking the ID token…</source>
        <translation>ID-Token wird geprüft…</translation>
    </message>
</context>
<context>
    <name>keyway::net::CertificateTrustStore</name>
    <message>
        <source>Certificate: subject &quot;%1&quot;, issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 fingerprint %5.</source>
        <translation>Zertifikat: Subjekt &quot;%1&quot;, ausgestellt von &quot;%2&quot;, gültig von %3 bis %4, SHA-256-Fingerabdruck %5.</translation>
    </message>
    <message>
        <source>Why it is not trusted: %1.</source>
        <translation>Warum ihm nicht vertraut wird: %1.</translation>
    </message>
</context>
<context>
    <name>keyway::net::HttpRequestHandle</name>
    <message>
        <source>No complete answer from %1 within %2 s.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>%1 sent no answer for %2 s (it stopped sending, or never began).</source>
        <translation>%1 hat %2 s lang keine Antwort gesendet (es hörte auf zu senden oder begann nie).</translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s in the middle of its answer (after %3 bytes).</source>
        <translation>%1 hörte mitten in seiner Antwort %2 s lang auf zu senden (nach %3 Byte).</translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2 MB; it was cut off.</source>
        <translation>Die Antwort von %1 ist größer als die Grenze von %2 MB; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The response from %1 announces %2 MB, more than the limit of %3 MB.</source>
        <translation>Die Antwort von %1 kündigt %2 MB an, mehr als die Grenze von %3 MB.</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects (a redirect loop?), last at %2.</source>
        <translation>Nach %1 Weiterleitungen angehalten (eine Weiterleitungsschleife?), zuletzt bei %2.</translation>
    </message>
    <message>
        <source>Refused a redirect to the non-HTTP URL %1.</source>
        <translation>Eine Weiterleitung zur Nicht-HTTP-URL %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Refused to resend the request body to %1: the server redirected (%2) to another origin, and the body holds credentials.</source>
        <translation>Der Anfrageinhalt wurde nicht erneut an %1 gesendet: der Server hat (%2) zu einem anderen Ursprung weitergeleitet, und der Inhalt enthält Zugangsdaten.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted, so Keyway did not connect. %2 Trust this certificate for %1 only if you can confirm its fingerprint with the server&apos;s owner.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut, daher hat Keyway keine Verbindung aufgebaut. %2 Vertrauen Sie diesem Zertifikat für %1 nur, wenn Sie seinen Fingerabdruck mit dem Betreiber des Servers abgleichen können.</translation>
    </message>
    <message>
        <source>%1 broke off the connection in the middle of its answer (after %2 bytes of the body): %3</source>
        <translation>%1 hat die Verbindung mitten in seiner Antwort abgebrochen (nach %2 Byte des Inhalts): %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>keyway::openapi::DocumentLoader</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Keyway opens files and http(s) URLs, not %1</source>
        <translation>Keyway öffnet Dateien und http(s)-URLs, nicht %1</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>Parsing %1</source>
        <translation>%1 wird geparst</translation>
    </message>
    <message>
        <source>the document refers to more than %1 other documents</source>
        <translation>das Dokument verweist auf mehr als %1 andere Dokumente</translation>
    </message>
    <message>
        <source>a referenced document cannot be read: %1</source>
        <translation>ein referenziertes Dokument kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>a document loaded from %1 refers to the local file %2; Keyway does not follow that</source>
        <translation>ein von %1 geladenes Dokument verweist auf die lokale Datei %2; dem folgt Keyway nicht</translation>
    </message>
    <message>
        <source>unsupported reference %1</source>
        <translation>nicht unterstützte Referenz %1</translation>
    </message>
    <message>
        <source>Building the model</source>
        <translation>Das Modell wird aufgebaut</translation>
    </message>
</context>
<context>
    <name>keyway::recorder::BundleReader</name>
    <message>
        <source>Invalid reproduction bundle: %1: %2</source>
        <translation>Ungültiges Reproduktionspaket: %1: %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The bundle is too large (%1 MB; at most %2 MB).</source>
        <translation>Das Paket ist zu groß (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>The bundle file is empty.</source>
        <translation>Die Paketdatei ist leer.</translation>
    </message>
    <message>
        <source>Invalid reproduction bundle: not JSON (at byte %1: %2).</source>
        <translation>Ungültiges Reproduktionspaket: kein JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>Invalid reproduction bundle: the top level is not a JSON object.</source>
        <translation>Ungültiges Reproduktionspaket: die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a Keyway reproduction bundle (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Dies ist kein Keyway-Reproduktionspaket (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Keyway (format version %1); this Keyway reads version %2.</source>
        <translation>Dieses Paket wurde von einem neueren Keyway erstellt (Formatversion %1); dieses Keyway liest Version %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>expected an object (a HAR document)</source>
        <translation>Objekt erwartet (ein HAR-Dokument)</translation>
    </message>
</context>
<context>
    <name>keyway::recorder::FlowDiagnoser</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>The server asked for: %1</source>
        <translation>Der Server verlangte: %1</translation>
    </message>
</context>
<context>
    <name>keyway::recorder::HarReader</name>
    <message>
        <source>Not a valid HAR file: %1: %2</source>
        <translation>Keine gültige HAR-Datei: %1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Wertebereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>The HAR file is too large (%1 MB; at most %2 MB).</source>
        <translation>Die HAR-Datei ist zu groß (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>The HAR file is empty.</source>
        <translation>Die HAR-Datei ist leer.</translation>
    </message>
    <message>
        <source>Not a valid HAR file: invalid JSON at byte %1 (%2).</source>
        <translation>Keine gültige HAR-Datei: ungültiges JSON bei Byte %1 (%2).</translation>
    </message>
    <message>
        <source>Not a valid HAR file: the top level is not a JSON object.</source>
        <translation>Keine gültige HAR-Datei: die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not supported (1.1 or 1.2)</source>
        <translation>Version &quot;%1&quot; wird nicht unterstützt (1.1 oder 1.2)</translation>
    </message>
    <message>
        <source>Not a valid HAR file: %1 entries (at most %2).</source>
        <translation>Keine gültige HAR-Datei: %1 Einträge (höchstens %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode</translation>
    </message>
    <message>
        <source>not an absolute URL</source>
        <translation>keine absolute URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (base64 only)</source>
        <translation>&quot;%1&quot; wird nicht unterstützt (nur base64)</translation>
    </message>
    <message>
        <source>more than %1 tokens</source>
        <translation>mehr als %1 Token</translation>
    </message>
</context>
<context>
    <name>keyway::recorder::WorkspaceSnapshot</name>
    <message>
        <source>Invalid bundle: %1.%2: expected a string of at most %3 characters</source>
        <translation>Ungültiges Paket: %1.%2: Zeichenkette mit höchstens %3 Zeichen erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.%2: expected an array of at most %3 strings</source>
        <translation>Ungültiges Paket: %1.%2: Array mit höchstens %3 Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.%2[%3]: expected a string</source>
        <translation>Ungültiges Paket: %1.%2[%3]: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.server: expected an object</source>
        <translation>Ungültiges Paket: %1.server: Objekt erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.server.variables: expected an object</source>
        <translation>Ungültiges Paket: %1.server.variables: Objekt erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.server.variables.%2: expected a string</source>
        <translation>Ungültiges Paket: %1.server.variables.%2: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.schemes: expected an object of at most %2 schemes</source>
        <translation>Ungültiges Paket: %1.schemes: Objekt mit höchstens %2 Schemata erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1: expected an object</source>
        <translation>Ungültiges Paket: %1: Objekt erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.redirectPort: expected a port number</source>
        <translation>Ungültiges Paket: %1.redirectPort: Portnummer erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.extraParameters: expected an array</source>
        <translation>Ungültiges Paket: %1.extraParameters: Array erwartet</translation>
    </message>
    <message>
        <source>Invalid bundle: %1.extraParameters: expected {name, value} strings</source>
        <translation>Ungültiges Paket: %1.extraParameters: Zeichenketten {name, value} erwartet</translation>
    </message>
</context>
<context>
    <name>keyway::storage::CredentialStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens &quot;%1&quot; gibt es schon.</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Das letzte Profil kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>keyway::storage::DegradingSecretStore</name>
    <message>
        <source>checking the keychain</source>
        <translation>Schlüsselbund wird geprüft</translation>
    </message>
    <message>
        <source>removed from memory only: %1</source>
        <translation>nur aus dem Speicher entfernt: %1</translation>
    </message>
</context>
<context>
    <name>keyway::storage::KeychainSecretStore</name>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation>kein Schlüsselbund-Dienst verfügbar (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was denied: it is locked or the prompt was cancelled (%1)</source>
        <translation>Zugriff auf den Schlüsselbund verweigert: er ist gesperrt, oder die Abfrage wurde abgebrochen (%1)</translation>
    </message>
    <message>
        <source>the keychain does not support this operation (%1)</source>
        <translation>der Schlüsselbund unterstützt diesen Vorgang nicht (%1)</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry (%1)</source>
        <translation>der Schlüsselbund konnte den Eintrag nicht löschen (%1)</translation>
    </message>
    <message>
        <source>the keychain reported an error: %1</source>
        <translation>der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der System-Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the keychain accepted a value but did not give it back (is the collection locked?)</source>
        <translation>der Schlüsselbund hat einen Wert angenommen, ihn aber nicht zurückgegeben (ist die Sammlung gesperrt?)</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 geantwortet</translation>
    </message>
    <message>
        <source>%1 (an earlier keychain request is still pending)</source>
        <translation>%1 (eine frühere Schlüsselbund-Anfrage ist noch offen)</translation>
    </message>
</context>
<context>
    <name>keyway::storage::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>Speicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>keyway::storage::Workspace</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Ein Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>Ein Profilname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>Ein Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens &quot;%1&quot; gibt es schon.</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Das letzte Profil kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthLook</name>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>läuft jetzt ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>Implicit</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Credentials</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation>Device-Authorization</translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthResultView</name>
    <message>
        <source>ID token checks</source>
        <translation>Prüfungen des ID-Tokens</translation>
    </message>
    <message>
        <source>&amp;Inspect Token…</source>
        <translation>Token &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Decode the access token in the token inspector</source>
        <translation>Das Access-Token im Token-Inspektor dekodieren</translation>
    </message>
    <message>
        <source>Inspect I&amp;D Token…</source>
        <translation>I&amp;D-Token untersuchen…</translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation>Token-Typ:</translation>
    </message>
    <message>
        <source>Scopes granted:</source>
        <translation>Gewährte Scopes:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Refresh-Token:</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Aufbewahrt in:</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Show &amp;Response Body</source>
        <translation>Antwortinhalt &amp;zeigen</translation>
    </message>
    <message>
        <source>Show on &amp;Timeline</source>
        <translation>In der &amp;Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Response body as received</source>
        <translation>Antwortinhalt wie empfangen</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>error:</translation>
    </message>
    <message>
        <source>error_description:</source>
        <translation>error_description:</translation>
    </message>
    <message>
        <source>error_uri:</source>
        <translation>error_uri:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>What the server sent</source>
        <translation>Was der Server gesendet hat</translation>
    </message>
    <message>
        <source>Hide &amp;Response Body</source>
        <translation>Antwortinhalt &amp;ausblenden</translation>
    </message>
    <message>
        <source>✓ Authorized</source>
        <translation>✓ Autorisiert</translation>
    </message>
    <message>
        <source>✓ Authorized with %1</source>
        <translation>✓ Autorisiert mit %1</translation>
    </message>
    <message>
        <source>✓ Tokens held</source>
        <translation>✓ Token vorhanden</translation>
    </message>
    <message>
        <source>✓ Tokens held (%1)</source>
        <translation>✓ Token vorhanden (%1)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(as requested: the server did not list the scopes it granted)</source>
        <translation>(wie angefordert: der Server nannte die gewährten Scopes nicht)</translation>
    </message>
    <message>
        <source>none: sign in again when the token expires</source>
        <translation>keins: melden Sie sich erneut an, wenn das Token abläuft</translation>
    </message>
    <message>
        <source>yes: Keyway refreshes the token shortly before it expires</source>
        <translation>ja: Keyway erneuert das Token kurz vor seinem Ablauf</translation>
    </message>
    <message>
        <source>ID token: received; its checks are not known in this session.</source>
        <translation>ID-Token: erhalten; seine Prüfungen sind in dieser Sitzung nicht bekannt.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>ID token: verified — %n check(s) passed</source>
        <translation>
            <numerusform>ID-Token: verifiziert — %n Prüfung bestanden</numerusform>
            <numerusform>ID-Token: verifiziert — %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ID token: %n check(s) FAILED</source>
        <translation>
            <numerusform>ID-Token: %n Prüfung NICHT BESTANDEN</numerusform>
            <numerusform>ID-Token: %n Prüfungen NICHT BESTANDEN</numerusform>
        </translation>
    </message>
    <message>
        <source>not said by the server</source>
        <translation>vom Server nicht angegeben</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <source>expired %1 ago (%2)</source>
        <translation>vor %1 abgelaufen (%2)</translation>
    </message>
    <message>
        <source>The flow failed.</source>
        <translation>Der Flow ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No diagnosis: see what the server sent below, and the timeline.</source>
        <translation>Keine Diagnose: siehe unten, was der Server gesendet hat, und die Zeitleiste.</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text)</source>
        <translation>
            <numerusform>(%n Byte, das kein Text ist)</numerusform>
            <numerusform>(%n Byte, die kein Text sind)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthorizeDialog</name>
    <message>
        <source>No browser could be opened: copy the address instead.</source>
        <translation>Es konnte kein Browser geöffnet werden: kopieren Sie stattdessen die Adresse.</translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation>Sicherheitsschemata</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token</source>
        <translation>Mit dem Refresh-Token ein neues Access-Token holen</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Revoke the tokens where the server allows it, and delete this scheme’s secrets for the current profile</source>
        <translation>Die Token widerrufen, wo der Server es erlaubt, und die Geheimnisse dieses Schemas für das aktuelle Profil löschen</translation>
    </message>
    <message>
        <source>&amp;Forget This API…</source>
        <translation>Diese API &amp;vergessen…</translation>
    </message>
    <message>
        <source>Delete every secret of this API: all schemes, all profiles</source>
        <translation>Jedes Geheimnis dieser API löschen: alle Schemata, alle Profile</translation>
    </message>
    <message>
        <source>&amp;Inspect Token…</source>
        <translation>Token &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>this API</source>
        <translation>diese API</translation>
    </message>
    <message>
        <source>Authorize — %1</source>
        <translation>Autorisieren — %1</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>No document is open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message>
        <source>No security schemes</source>
        <translation>Keine Sicherheitsschemata</translation>
    </message>
    <message>
        <source>This document declares none: its operations need no credentials that Keyway could manage.</source>
        <translation>Dieses Dokument deklariert keine: seine Operationen brauchen keine Zugangsdaten, die Keyway verwalten könnte.</translation>
    </message>
    <message>
        <source>Open an OpenAPI document to authorize its security schemes.</source>
        <translation>Öffnen Sie ein OpenAPI-Dokument, um seine Sicherheitsschemata zu autorisieren.</translation>
    </message>
    <message>
        <source>Keyway cannot obtain or send credentials for a scheme of type “%1”.</source>
        <translation>Keyway kann für ein Schema vom Typ „%1“ keine Zugangsdaten beschaffen oder senden.</translation>
    </message>
    <message>
        <source>memory only: %1</source>
        <translation>nur im Speicher: %1</translation>
    </message>
    <message>
        <source>The last attempt failed</source>
        <translation>Der letzte Versuch ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>✓ Credential saved</source>
        <translation>✓ Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <source>Requests that use “%1” send it (profile “%2”).</source>
        <translation>Anfragen, die „%1“ verwenden, senden sie (Profil „%2“).</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>&amp;Authorize Again</source>
        <translation>Erneut &amp;autorisieren</translation>
    </message>
    <message>
        <source>&amp;Authorize</source>
        <translation>&amp;Autorisieren</translation>
    </message>
    <message>
        <source>Run the chosen flow and store the tokens (Ctrl+Return)</source>
        <translation>Den gewählten Flow ausführen und die Token speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the credential in the keychain (Ctrl+Return)</source>
        <translation>Die Zugangsdaten im Schlüsselbund speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Profile “%1” · secrets are kept in %2</source>
        <translation>Profil „%1“ · Geheimnisse liegen in %2</translation>
    </message>
    <message>
        <source>Profile “%1” · secrets in memory only, for this session</source>
        <translation>Profil „%1“ · Geheimnisse nur im Speicher, für diese Sitzung</translation>
    </message>
    <message>
        <source>Profile “%1” · secrets in memory only, for this session: %2</source>
        <translation>Profil „%1“ · Geheimnisse nur im Speicher, für diese Sitzung: %2</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <source>Finding the provider’s endpoints…</source>
        <translation>Die Endpunkte des Anbieters werden ermittelt…</translation>
    </message>
    <message>
        <source>“%1” is not a scheme Keyway can sign in with.</source>
        <translation>„%1“ ist kein Schema, mit dem Keyway sich anmelden kann.</translation>
    </message>
    <message>
        <source>The settings could not be stored: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>%1 wird ermittelt…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten, bis Sie sich im Browser anmelden…</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address below yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden: öffnen Sie die Adresse unten selbst.</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation>Warten, bis der Code eingegeben wird…</translation>
    </message>
    <message>
        <source>Asking the token endpoint for tokens…</source>
        <translation>Token werden beim Token-Endpunkt angefordert…</translation>
    </message>
    <message>
        <source>Running the %1 flow…</source>
        <translation>Der %1-Flow läuft…</translation>
    </message>
    <message>
        <source>Authorized “%1”.</source>
        <translation>„%1“ autorisiert.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The flow was stopped; nothing changed.</source>
        <translation>Der Flow wurde angehalten; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Authorizing “%1” failed: %2</source>
        <translation>Autorisieren von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the secret store refused them</source>
        <translation>der Geheimnisspeicher hat sie abgelehnt</translation>
    </message>
    <message>
        <source>memory only, for this session</source>
        <translation>nur im Speicher, für diese Sitzung</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>“%1” has no credential any more for profile “%2”.</source>
        <translation>„%1“ hat für das Profil „%2“ keine Zugangsdaten mehr.</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>Aufbewahrt in %1.</translation>
    </message>
    <message>
        <source>Held in memory only, for this session: %1</source>
        <translation>Nur im Speicher gehalten, für diese Sitzung: %1</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <source>Saved the credential of “%1”.</source>
        <translation>Die Zugangsdaten von „%1“ wurden gespeichert.</translation>
    </message>
    <message>
        <source>Refreshing the access token…</source>
        <translation>Das Access-Token wird erneuert…</translation>
    </message>
    <message>
        <source>“%1” cannot be refreshed.</source>
        <translation>„%1“ kann nicht erneuert werden.</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of “%1” for the profile “%2”?</source>
        <translation>Von „%1“ für das Profil „%2“ abmelden?</translation>
    </message>
    <message>
        <source>Keyway revokes the tokens at the server when it offers revocation, then deletes this scheme’s secrets for the profile: tokens, client secret, password, keys. Settings such as the client id stay.</source>
        <translation>Keyway widerruft die Token beim Server, wenn er Widerruf anbietet, und löscht dann die Geheimnisse dieses Schemas für das Profil: Token, Client-Secret, Passwort, Schlüssel. Einstellungen wie die Client-ID bleiben.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signed out, with problems</source>
        <translation>Abgemeldet, mit Problemen</translation>
    </message>
    <message>
        <source>Signed out of “%1”.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>Forget This API</source>
        <translation>Diese API vergessen</translation>
    </message>
    <message>
        <source>Forget every secret of “%1”?</source>
        <translation>Jedes Geheimnis von „%1“ vergessen?</translation>
    </message>
    <message>
        <source>All tokens, client secrets, passwords and keys of this API are deleted from the keychain, for every scheme and every profile. Settings such as client ids stay. This cannot be undone.</source>
        <translation>Alle Token, Client-Secrets, Passwörter und Schlüssel dieser API werden aus dem Schlüsselbund gelöscht, für jedes Schema und jedes Profil. Einstellungen wie Client-IDs bleiben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Forget Secrets</source>
        <translation>Geheimnisse vergessen</translation>
    </message>
    <message>
        <source>Deleting the secrets of %1…</source>
        <translation>Die Geheimnisse von %1 werden gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) deleted.</source>
        <translation>
            <numerusform>%n Geheimnis gelöscht.</numerusform>
            <numerusform>%n Geheimnisse gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1 (%2)</source>
        <translation>Nicht gelöscht: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 forgotten</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>%1 partly forgotten</source>
        <translation>%1 teilweise vergessen</translation>
    </message>
    <message>
        <source>Forgot the secrets of %1.</source>
        <translation>Die Geheimnisse von %1 wurden vergessen.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::BundleExchangeView</name>
    <message>
        <source>Exchange details (redacted)</source>
        <translation>Details des Austauschs (geschwärzt)</translation>
    </message>
    <message>
        <source>No headers.</source>
        <translation>Keine Header.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <source>Select an exchange to see what was sent and what came back.</source>
        <translation>Wählen Sie einen Austausch, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <source>Values shown as %1 were removed when the bundle was made: the same value has the same marker everywhere in the bundle, so places can be matched without seeing it.</source>
        <translation>Als %1 gezeigte Werte wurden beim Erstellen des Pakets entfernt: derselbe Wert hat überall im Paket dieselbe Markierung, sodass sich Stellen zuordnen lassen, ohne ihn zu sehen.</translation>
    </message>
    <message>
        <source>This step happened in the browser; Keyway did not send it.</source>
        <translation>Dieser Schritt fand im Browser statt; Keyway hat ihn nicht gesendet.</translation>
    </message>
    <message>
        <source>No answer:</source>
        <translation>Keine Antwort:</translation>
    </message>
    <message>
        <source>Credentials were dropped on a redirect to another origin.</source>
        <translation>Die Zugangsdaten wurden bei einer Weiterleitung zu einem anderen Ursprung entfernt.</translation>
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
        <source>No HTTP answer came.</source>
        <translation>Es kam keine HTTP-Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The body was cut when it was recorded.</source>
        <translation>Der Inhalt wurde bei der Aufzeichnung gekürzt.</translation>
    </message>
    <message>
        <source>Tokens (decoded; signatures not kept)</source>
        <translation>Token (dekodiert; Signaturen nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>Not a decodable JWT (encrypted, or not JSON).</source>
        <translation>Kein dekodierbares JWT (verschlüsselt oder kein JSON).</translation>
    </message>
</context>
<context>
    <name>keyway::ui::BundleViewer</name>
    <message>
        <source>Reproduction bundle</source>
        <translation>Reproduktionspaket</translation>
    </message>
    <message>
        <source>Recorded HTTP exchanges</source>
        <translation>Aufgezeichnete HTTP-Austausche</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a bundle (%2 MB at most).</source>
        <translation>%1 ist zu groß für ein Paket (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>%1 — Reproduction bundle</source>
        <translation>%1 — Reproduktionspaket</translation>
    </message>
    <message>
        <source>Recorded %1 with %2</source>
        <translation>Aufgezeichnet %1 mit %2</translation>
    </message>
    <message>
        <source>API: %1 (%2)</source>
        <translation>API: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s); secrets were replaced by REDACTED markers and cannot be recovered from this file.</source>
        <translation>
            <numerusform>%n Austausch; Geheimnisse wurden durch REDACTED-Markierungen ersetzt und lassen sich aus dieser Datei nicht wiederherstellen.</numerusform>
            <numerusform>%n Austausche; Geheimnisse wurden durch REDACTED-Markierungen ersetzt und lassen sich aus dieser Datei nicht wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failure was diagnosed in this bundle.</source>
        <translation>In diesem Paket wurde kein Fehler diagnostiziert.</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Flow:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>No workspace settings in this file.</source>
        <translation>Diese Datei enthält keine Einstellungen des Arbeitsbereichs.</translation>
    </message>
    <message numerus="yes">
        <source>HAR %1 from %2 %3; %n exchange(s).</source>
        <translation>
            <numerusform>HAR %1 von %2 %3; %n Austausch.</numerusform>
            <numerusform>HAR %1 von %2 %3; %n Austausche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A HAR file carries no diagnosis.</source>
        <translation>Eine HAR-Datei enthält keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::CertificateTrustDialog</name>
    <message>
        <source>Untrusted Certificate — %1</source>
        <translation>Nicht vertrauenswürdiges Zertifikat — %1</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate that could not be verified, so Keyway did not connect. Someone could be pretending to be this server.</source>
        <translation>Der Server unter %1 hat ein Zertifikat vorgelegt, das nicht geprüft werden konnte, daher hat Keyway keine Verbindung aufgebaut. Jemand könnte sich als dieser Server ausgeben.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjekt:</translation>
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
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the server&apos;s owner; trust this certificate for %1 only</source>
        <translation>Ich habe diesen Fingerabdruck mit dem Betreiber des Servers abgeglichen; diesem Zertifikat nur für %1 vertrauen</translation>
    </message>
    <message>
        <source>Only this exact certificate is trusted, only at %1; a different certificate is refused again. You can revoke the exception at any time.</source>
        <translation>Nur genau diesem Zertifikat wird vertraut, nur bei %1; ein anderes Zertifikat wird wieder abgelehnt. Sie können die Ausnahme jederzeit widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <source>&amp;Do Not Connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
</context>
<context>
    <name>keyway::ui::CertificateTrustList</name>
    <message>
        <source>Certificates you chose to trust although they could not be verified. Each is trusted only for its host and port, and only while the server presents exactly that certificate.</source>
        <translation>Zertifikate, denen Sie vertrauen wollten, obwohl sie nicht geprüft werden konnten. Jedem wird nur für seinen Host und Port vertraut, und nur, solange der Server genau dieses Zertifikat vorlegt.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>Vertraut seit</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Dem ausgewählten Zertifikat nicht mehr vertrauen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ExchangeView</name>
    <message>
        <source>Exchange details</source>
        <translation>Details des Austauschs</translation>
    </message>
    <message>
        <source>Select an exchange to see what was sent and what came back.</source>
        <translation>Wählen Sie einen Austausch, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <source>No headers.</source>
        <translation>Keine Header.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <source>%1 of binary data, not shown.</source>
        <translation>%1 Binärdaten, nicht angezeigt.</translation>
    </message>
    <message>
        <source>Form fields, decoded</source>
        <translation>Formularfelder, dekodiert</translation>
    </message>
    <message>
        <source>The body is longer than shown (%1 in all).</source>
        <translation>Der Inhalt ist länger als angezeigt (insgesamt %1).</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Secret values are masked (••••). Click one to show it; click it again to hide it.</source>
        <translation>Geheime Werte sind maskiert (••••). Klicken Sie auf einen, um ihn zu zeigen; klicken Sie erneut, um ihn zu verbergen.</translation>
    </message>
    <message>
        <source>This step happened in the browser: Keyway did not send it, it shows what the browser was asked to open or brought back.</source>
        <translation>Dieser Schritt fand im Browser statt: Keyway hat ihn nicht gesendet; er zeigt, was der Browser öffnen sollte oder zurückbrachte.</translation>
    </message>
    <message>
        <source>No answer:</source>
        <translation>Keine Antwort:</translation>
    </message>
    <message>
        <source>Credentials dropped on redirect.</source>
        <translation>Zugangsdaten bei Weiterleitung entfernt.</translation>
    </message>
    <message>
        <source>The request was redirected to another origin; Keyway removed the Authorization header, cookies and API keys before following it.</source>
        <translation>Die Anfrage wurde zu einem anderen Ursprung weitergeleitet; Keyway hat Authorization-Header, Cookies und API-Schlüssel entfernt, bevor es ihr folgte.</translation>
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
        <source>Not seen by Keyway.</source>
        <translation>Von Keyway nicht gesehen.</translation>
    </message>
    <message>
        <source>No HTTP answer came.</source>
        <translation>Es kam keine HTTP-Antwort.</translation>
    </message>
    <message>
        <source>After redirects, from</source>
        <translation>Nach Weiterleitungen, von</translation>
    </message>
</context>
<context>
    <name>keyway::ui::FlowProgressView</name>
    <message>
        <source>Flow in progress</source>
        <translation>Flow läuft</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop this flow (Esc)</source>
        <translation>Diesen Flow anhalten (Esc)</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. If none did, open this address yourself:</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an. Wenn sich keins geöffnet hat, öffnen Sie diese Adresse selbst:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Browser</source>
        <translation>Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Verification Page</source>
        <translation>Verifizierungsseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation>Öffnen Sie auf diesem oder einem anderen Gerät &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>User code %1</source>
        <translation>Benutzercode %1</translation>
    </message>
    <message>
        <source>Opens the page with the code filled in</source>
        <translation>Öffnet die Seite mit bereits eingetragenem Code</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation>Der Code läuft ab in %1.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::HelpWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation>Im Handbuch &amp;suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Keyway User Guide</source>
        <translation>Keyway-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>Im Handbuch suchen…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Handbuchseite</translation>
    </message>
    <message>
        <source>The page shown before</source>
        <translation>Die zuvor gezeigte Seite</translation>
    </message>
    <message>
        <source>The page shown after</source>
        <translation>Die danach gezeigte Seite</translation>
    </message>
    <message>
        <source>%1 — Keyway User Guide</source>
        <translation>%1 — Keyway-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>“%1” is not in the guide.</source>
        <translation>„%1“ kommt im Handbuch nicht vor.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n page(s).</source>
        <translation>
            <numerusform>„%1“ steht auf %n Seite.</numerusform>
            <numerusform>„%1“ steht auf %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeychainIndicator</name>
    <message>
        <source>no secret store</source>
        <translation>kein Geheimnisspeicher</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The system keychain is checked on first use.</source>
        <translation>Der System-Schlüsselbund wird bei der ersten Verwendung geprüft.</translation>
    </message>
    <message>
        <source>Tokens, client secrets, passwords and keys are kept in %1 and nowhere else.</source>
        <translation>Token, Client-Secrets, Passwörter und Schlüssel werden in %1 aufbewahrt und nirgendwo sonst.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der System-Schlüsselbund</translation>
    </message>
    <message>
        <source>the system keychain is not in use</source>
        <translation>der System-Schlüsselbund wird nicht verwendet</translation>
    </message>
    <message>
        <source>Secrets in memory only: %1</source>
        <translation>Geheimnisse nur im Speicher: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Secrets are held in memory only.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Keyway keeps working: tokens and secrets last for this session and are never written to disk. Sign in again after a restart, or make the keychain available (unlock it, or start a Secret Service such as GNOME Keyring or KeePassXC).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geheimnisse werden nur im Speicher gehalten.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Keyway arbeitet weiter: Token und Geheimnisse halten für diese Sitzung und werden nie auf die Festplatte geschrieben. Melden Sie sich nach einem Neustart erneut an, oder machen Sie den Schlüsselbund verfügbar (entsperren Sie ihn, oder starten Sie einen Secret Service wie GNOME Keyring oder KeePassXC).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keyway::ui::LoadErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Den Fehler verwerfen</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>„%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The document that was open is still open.</source>
        <translation>Das zuvor geöffnete Dokument bleibt geöffnet.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::LoadStatusWidget</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; the document already open stays open</source>
        <translation>Laden anhalten; das bereits geöffnete Dokument bleibt geöffnet</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Security Schemes</source>
        <translation>Sicherheitsschemata</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an OpenAPI or Swagger document from a file (Ctrl+O)</source>
        <translation>Ein OpenAPI- oder Swagger-Dokument aus einer Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Open a document from an http(s) address (Ctrl+L)</source>
        <translation>Ein Dokument von einer http(s)-Adresse öffnen (Strg+L)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the document again from its source (F5)</source>
        <translation>Das Dokument erneut von seiner Quelle laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter Operations</source>
        <translation>Operationen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Operations Panel</source>
        <translation>&amp;Operationsleiste</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Security Schemes</source>
        <translation>&amp;Sicherheitsschemata</translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation>&amp;Autorisieren…</translation>
    </message>
    <message>
        <source>Configure credentials and sign in for the document’s security schemes (Ctrl+Shift+A)</source>
        <translation>Zugangsdaten für die Sicherheitsschemata des Dokuments einrichten und anmelden (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>&amp;Token Inspector…</source>
        <translation>&amp;Token-Inspektor…</translation>
    </message>
    <message>
        <source>Decode a JWT: header, claims, times, signature (Ctrl+Shift+J)</source>
        <translation>Ein JWT dekodieren: Header, Claims, Zeiten, Signatur (Strg+Umschalt+J)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>Send the selected operation&apos;s request (Ctrl+Return)</source>
        <translation>Die Anfrage der ausgewählten Operation senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Request</source>
        <translation>Anfrage abbre&amp;chen</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, secrets masked (Ctrl+Shift+C)</source>
        <translation>Die Anfrage als curl-Befehl kopieren, Geheimnisse maskiert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy as curl &amp;with Secrets</source>
        <translation>Als curl &amp;mit Geheimnissen kopieren</translation>
    </message>
    <message>
        <source>&amp;Next Operation</source>
        <translation>&amp;Nächste Operation</translation>
    </message>
    <message>
        <source>&amp;Previous Operation</source>
        <translation>&amp;Vorherige Operation</translation>
    </message>
    <message>
        <source>Op&amp;eration</source>
        <translation>Op&amp;eration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Every HTTP exchange of this session (Ctrl+Shift+T)</source>
        <translation>Jeder HTTP-Austausch dieser Sitzung (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>Status&amp;leiste</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation>Über &amp;Keyway</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>the bundled document %1 is missing</source>
        <translation>das mitgelieferte Dokument %1 fehlt</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Loading cancelled; %1 is still open.</source>
        <translation>Laden abgebrochen; %1 bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Security Schemes (%1)</source>
        <translation>Sicherheitsschemata (%1)</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>1 Operation</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 Operationen</translation>
    </message>
    <message>
        <source>1 security scheme</source>
        <translation>1 Sicherheitsschema</translation>
    </message>
    <message>
        <source>%1 security schemes</source>
        <translation>%1 Sicherheitsschemata</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>Keyway</source>
        <translation>Keyway</translation>
    </message>
    <message>
        <source>Keyway — %1</source>
        <translation>Keyway — %1</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>Keine zuletzt geöffneten Dokumente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Address of an OpenAPI or Swagger document:</source>
        <translation>Adresse eines OpenAPI- oder Swagger-Dokuments:</translation>
    </message>
    <message>
        <source>About Keyway</source>
        <translation>Über Keyway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;Explore and test secured HTTP APIs described by OpenAPI: every security scheme, every operation’s requirements, the flows that obtain credentials.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;Gesicherte HTTP-APIs erkunden und testen, die mit OpenAPI beschrieben sind: jedes Sicherheitsschema, die Anforderungen jeder Operation, die Flows, die Zugangsdaten beschaffen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the bundled example</source>
        <translation>das mitgelieferte Beispiel</translation>
    </message>
    <message>
        <source>Keyway did not close normally last time: the request you were editing (%1) is back. Values that looked secret were not kept.</source>
        <translation>Keyway wurde beim letzten Mal nicht normal beendet: die Anfrage, die Sie bearbeitet haben (%1), ist wieder da. Werte, die geheim aussahen, wurden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Enforcement Probe</source>
        <translation>Durchsetzungsprüfung</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>Zeitleiste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save exchanges of the timeline as a HAR file or a reproduction bundle, secrets replaced</source>
        <translation>Austausche der Zeitleiste als HAR-Datei oder Reproduktionspaket speichern, Geheimnisse ersetzt</translation>
    </message>
    <message>
        <source>Enforcement &amp;Probe</source>
        <translation>&amp;Durchsetzungsprüfung</translation>
    </message>
    <message>
        <source>Check that the API refuses what its document says it should (Ctrl+Shift+P)</source>
        <translation>Prüfen, dass die API ablehnt, was laut ihrem Dokument abgelehnt werden muss (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Cannot Open the Bundle</source>
        <translation>Paket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;Keyway bundles and HAR files (*.keyway-bundle *.har);;All files (*)</source>
        <translation>OpenAPI-Dokumente (*.json *.yaml *.yml);;Keyway-Pakete und HAR-Dateien (*.keyway-bundle *.har);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::OAuthSchemeEditor</name>
    <message>
        <source>Sign in with OpenID Connect: an ID token says who the user is</source>
        <translation>Anmelden mit OpenID Connect: ein ID-Token sagt, wer der Benutzer ist</translation>
    </message>
    <message>
        <source>The user’s name and profile details</source>
        <translation>Name und Profilangaben des Benutzers</translation>
    </message>
    <message>
        <source>The user’s e-mail address</source>
        <translation>E-Mail-Adresse des Benutzers</translation>
    </message>
    <message>
        <source>The user’s postal address</source>
        <translation>Postanschrift des Benutzers</translation>
    </message>
    <message>
        <source>The user’s phone number</source>
        <translation>Telefonnummer des Benutzers</translation>
    </message>
    <message>
        <source>A refresh token, to stay signed in</source>
        <translation>Ein Refresh-Token, um angemeldet zu bleiben</translation>
    </message>
    <message>
        <source>the API the token is for (Auth0, Okta)</source>
        <translation>die API, für die das Token ist (Auth0, Okta)</translation>
    </message>
    <message>
        <source>the API the token is for (RFC 8707)</source>
        <translation>die API, für die das Token ist (RFC 8707)</translation>
    </message>
    <message>
        <source>login, consent, select_account or none</source>
        <translation>login, consent, select_account oder none</translation>
    </message>
    <message>
        <source>the account to sign in with</source>
        <translation>das Konto, mit dem angemeldet wird</translation>
    </message>
    <message>
        <source>the authentication strength asked for</source>
        <translation>die verlangte Stärke der Authentifizierung</translation>
    </message>
    <message>
        <source>seconds since the user last signed in</source>
        <translation>Sekunden seit der letzten Anmeldung des Benutzers</translation>
    </message>
    <message>
        <source>languages for the sign-in pages</source>
        <translation>Sprachen für die Anmeldeseiten</translation>
    </message>
    <message>
        <source>the organisation to sign in to</source>
        <translation>die Organisation, bei der angemeldet wird</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>as registered with the authorization server</source>
        <translation>wie beim Autorisierungsserver registriert</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Public client (no secret)</source>
        <translation>Ö&amp;ffentlicher Client (ohne Secret)</translation>
    </message>
    <message>
        <source>A native or browser app that cannot keep a secret: it sends only its client id; PKCE protects the authorization code</source>
        <translation>Eine native oder Browser-App, die kein Geheimnis bewahren kann: sie sendet nur ihre Client-ID; PKCE schützt den Autorisierungscode</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>HTTP Basic header (client_secret_basic)</source>
        <translation>HTTP-Basic-Header (client_secret_basic)</translation>
    </message>
    <message>
        <source>Request body (client_secret_post)</source>
        <translation>Anfrageinhalt (client_secret_post)</translation>
    </message>
    <message>
        <source>None: client id only (public client)</source>
        <translation>Keine: nur Client-ID (öffentlicher Client)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation>Weitere Scopes</translation>
    </message>
    <message>
        <source>other scopes, separated by spaces</source>
        <translation>weitere Scopes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Resource owner</source>
        <translation>Resource Owner</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation>Redirect-Host</translation>
    </message>
    <message>
        <source>Keyway always listens on 127.0.0.1; choose “localhost” only when the provider registered that name</source>
        <translation>Keyway lauscht immer auf 127.0.0.1; wählen Sie „localhost“ nur, wenn der Anbieter diesen Namen registriert hat</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Redirect-Port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>0: any free port (RFC 8252). Pin a port when the provider registered one exactly.</source>
        <translation>0: beliebiger freier Port (RFC 8252). Legen Sie einen Port fest, wenn der Anbieter genau einen registriert hat.</translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation>Redirect-Pfad</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>&amp;Redirect:</source>
        <translation>&amp;Redirect:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>https://login.example.com — optional: endpoints and keys from its metadata</source>
        <translation>https://login.example.com — optional: Endpunkte und Schlüssel aus seinen Metadaten</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Ermitteln</translation>
    </message>
    <message>
        <source>Fetch the provider’s metadata (OpenID Connect discovery or RFC 8414)</source>
        <translation>Die Metadaten des Anbieters abrufen (OpenID Connect Discovery oder RFC 8414)</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a parameter</source>
        <translation>Einen Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected parameter</source>
        <translation>Den ausgewählten Parameter entfernen</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>Zusätzliche &amp;Parameter:</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Flow:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Other scopes:</source>
        <translation>&amp;Weitere Scopes:</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
    <message>
        <source>&amp;Discover Again</source>
        <translation>Erneut &amp;ermitteln</translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation>Discovery:</translation>
    </message>
    <message>
        <source>asked for by the document’s operations</source>
        <translation>von den Operationen des Dokuments angefordert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The document lists no scopes for this flow: type the ones you need, if any.</source>
        <translation>Das Dokument nennt für diesen Flow keine Scopes: geben Sie die ein, die Sie brauchen, falls überhaupt.</translation>
    </message>
    <message>
        <source>Check the scopes to ask for; the server may grant fewer.</source>
        <translation>Wählen Sie die anzufordernden Scopes; der Server gewährt vielleicht weniger.</translation>
    </message>
    <message>
        <source>This scheme declares no flow Keyway can run.</source>
        <translation>Dieses Schema deklariert keinen Flow, den Keyway ausführen kann.</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <source>Device authorization:</source>
        <translation>Device-Authorization:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Missing endpoints come from discovery when the flow starts.</source>
        <translation>Fehlende Endpunkte kommen aus der Discovery, wenn der Flow startet.</translation>
    </message>
    <message>
        <source>&lt;any port&gt;</source>
        <translation>&lt;beliebiger Port&gt;</translation>
    </message>
    <message>
        <source>The browser comes back to http://%1:%2%3 — Keyway listens on 127.0.0.1 only.</source>
        <translation>Der Browser kommt zurück zu http://%1:%2%3 — Keyway lauscht nur auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Ermittlung läuft…</translation>
    </message>
    <message>
        <source>Discovered: issuer %1</source>
        <translation>Ermittelt: Issuer %1</translation>
    </message>
    <message>
        <source>Discovery from %1</source>
        <translation>Discovery von %1</translation>
    </message>
    <message>
        <source>Optional: endpoints, keys and ID-token checks from the issuer’s metadata.</source>
        <translation>Optional: Endpunkte, Schlüssel und ID-Token-Prüfungen aus den Metadaten des Issuers.</translation>
    </message>
    <message>
        <source>Type the issuer (the authorization server’s base URL) first.</source>
        <translation>Geben Sie zuerst den Issuer ein (die Basis-URL des Autorisierungsservers).</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationDelegate</name>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Deprecated · %1</source>
        <translation>Veraltet · %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationPage</name>
    <message>
        <source>Try It…</source>
        <translation>Ausprobieren…</translation>
    </message>
    <message>
        <source>Select an operation on the left to see what it requires.</source>
        <translation>Wählen Sie links eine Operation, um zu sehen, was sie verlangt.</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Edit and send a request of this operation (Ctrl+4; Ctrl+Return sends)</source>
        <translation>Eine Anfrage dieser Operation bearbeiten und senden (Strg+4; Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Try this operation</source>
        <translation>Diese Operation ausprobieren</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Webhook: a request the API sends to you</source>
        <translation>Webhook: eine Anfrage, die die API an Sie sendet</translation>
    </message>
    <message>
        <source>Operation ID &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Operation-ID &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>Defined at %1</source>
        <translation>Definiert bei %1</translation>
    </message>
    <message>
        <source>Show the whole description (%1 more characters)</source>
        <translation>Die ganze Beschreibung zeigen (%1 weitere Zeichen)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationTreeModel</name>
    <message>
        <source>Operation ID: %1</source>
        <translation>Operation-ID: %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Ohne Tag</translation>
    </message>
    <message>
        <source>Operations without a tag</source>
        <translation>Operationen ohne Tag</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Requests the API sends to you</source>
        <translation>Anfragen, die die API an Sie sendet</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Operationen filtern</translation>
    </message>
    <message>
        <source>Filter: method, path, summary, scheme…</source>
        <translation>Filter: Methode, Pfad, Zusammenfassung, Schema…</translation>
    </message>
    <message>
        <source>Shows the operations whose method, path, summary, operationId, tags or security scheme names contain every word typed (Ctrl+F)</source>
        <translation>Zeigt die Operationen, deren Methode, Pfad, Zusammenfassung, operationId, Tags oder Sicherheitsschema-Namen jedes eingegebene Wort enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>1 Operation</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 Operationen</translation>
    </message>
    <message>
        <source>%1 of 1 operation</source>
        <translation>%1 von 1 Operation</translation>
    </message>
    <message>
        <source>%1 of %2 operations</source>
        <translation>%1 von %2 Operationen</translation>
    </message>
    <message>
        <source>No operation matches “%1”.</source>
        <translation>Keine Operation passt zu „%1“.</translation>
    </message>
    <message>
        <source>This document has no operations.</source>
        <translation>Dieses Dokument hat keine Operationen.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::OverviewPage</name>
    <message>
        <source>Document overview</source>
        <translation>Dokumentübersicht</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>Untitled API</source>
        <translation>API ohne Titel</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Swagger %1</source>
        <translation>Swagger %1</translation>
    </message>
    <message>
        <source>OpenAPI %1</source>
        <translation>OpenAPI %1</translation>
    </message>
    <message>
        <source>Bundled example</source>
        <translation>Mitgeliefertes Beispiel</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>This document declares no security schemes.</source>
        <translation>Dieses Dokument deklariert keine Sicherheitsschemata.</translation>
    </message>
    <message>
        <source>No document-wide security requirement: each operation says what it needs, or nothing.</source>
        <translation>Keine dokumentweite Sicherheitsanforderung: jede Operation sagt, was sie braucht, oder nichts.</translation>
    </message>
    <message>
        <source>By default, operations require:</source>
        <translation>Standardmäßig verlangen Operationen:</translation>
    </message>
    <message>
        <source>nothing (security: [])</source>
        <translation>nichts (security: [])</translation>
    </message>
    <message>
        <source>requires credentials</source>
        <translation>verlangt Zugangsdaten</translation>
    </message>
    <message>
        <source>require credentials</source>
        <translation>verlangen Zugangsdaten</translation>
    </message>
    <message>
        <source>also allows anonymous access</source>
        <translation>erlaubt auch anonymen Zugriff</translation>
    </message>
    <message>
        <source>also allow anonymous access</source>
        <translation>erlauben auch anonymen Zugriff</translation>
    </message>
    <message>
        <source>is public (security: [])</source>
        <translation>ist öffentlich (security: [])</translation>
    </message>
    <message>
        <source>are public (security: [])</source>
        <translation>sind öffentlich (security: [])</translation>
    </message>
    <message>
        <source>declares no security</source>
        <translation>deklariert keine Sicherheit</translation>
    </message>
    <message>
        <source>declare no security</source>
        <translation>deklarieren keine Sicherheit</translation>
    </message>
    <message>
        <source>names a scheme the document does not define</source>
        <translation>nennt ein Schema, das das Dokument nicht definiert</translation>
    </message>
    <message>
        <source>name a scheme the document does not define</source>
        <translation>nennen ein Schema, das das Dokument nicht definiert</translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation>Sicherheitsschemata</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>used by 1 operation</source>
        <translation>von 1 Operation verwendet</translation>
    </message>
    <message>
        <source>used by %1 operations</source>
        <translation>von %1 Operationen verwendet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>No server is declared.</source>
        <translation>Kein Server deklariert.</translation>
    </message>
    <message>
        <source>(one of %1)</source>
        <translation>(einer von %1)</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>Gefundene Probleme (%1)</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>Sich&amp;erheit</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Save the preferences and close</source>
        <translation>Die Einstellungen speichern und schließen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Restore the default preferences</source>
        <translation>Die Standardeinstellungen wiederherstellen</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit einer Anfrage in Sekunden</translation>
    </message>
    <message>
        <source>A request that has not finished, body included, after this long is stopped</source>
        <translation>Eine Anfrage, die nach dieser Zeit samt Inhalt nicht fertig ist, wird angehalten</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit einer Anfrage:</translation>
    </message>
    <message>
        <source>Idle timeout in seconds</source>
        <translation>Leerlauf-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>A request is stopped when the server sends nothing for this long</source>
        <translation>Eine Anfrage wird angehalten, wenn der Server so lange nichts sendet</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>&amp;Leerlauf-Zeitlimit:</translation>
    </message>
    <message>
        <source> MB</source>
        <comment>unit suffix: megabytes</comment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest response accepted, in megabytes</source>
        <translation>Größte angenommene Antwort, in Megabyte</translation>
    </message>
    <message>
        <source>A larger response is cut off at this size</source>
        <translation>Eine größere Antwort wird bei dieser Größe abgeschnitten</translation>
    </message>
    <message>
        <source>Response size &amp;limit:</source>
        <translation>&amp;Größengrenze für Antworten:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>N&amp;o proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>Connect directly, without a proxy</source>
        <translation>Direkt verbinden, ohne Proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>Use this HTTP proxy</source>
        <translation>Diesen HTTP-Proxy verwenden</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Requests to this machine (127.0.0.1, localhost) may still go through a manual proxy; choose “No proxy” to test a local server.</source>
        <translation>Anfragen an diesen Rechner (127.0.0.1, localhost) gehen vielleicht trotzdem über einen manuellen Proxy; wählen Sie „Kein Proxy“, um einen lokalen Server zu testen.</translation>
    </message>
    <message>
        <source>Allowed clock skew in seconds</source>
        <translation>Erlaubte Uhrenabweichung in Sekunden</translation>
    </message>
    <message>
        <source>How far the clocks of this machine and a token&apos;s issuer may differ when the times in an ID token are checked (exp, nbf, iat)</source>
        <translation>Wie weit die Uhren dieses Rechners und des Issuers eines Tokens voneinander abweichen dürfen, wenn die Zeiten in einem ID-Token geprüft werden (exp, nbf, iat)</translation>
    </message>
    <message>
        <source>Allowed clock &amp;skew:</source>
        <translation>Erlaubte &amp;Uhrenabweichung:</translation>
    </message>
    <message>
        <source>Applies to ID tokens checked from now on.</source>
        <translation>Gilt für ID-Token, die ab jetzt geprüft werden.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>Das ausgewählte Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>No certificate exceptions are kept in this session.</source>
        <translation>In dieser Sitzung werden keine Zertifikatsausnahmen aufbewahrt.</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Keyway shows the new language after a restart.</source>
        <translation>Keyway zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>Enter the host of the manual proxy</source>
        <translation>Geben Sie den Host des manuellen Proxys ein</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProbeMatrixModel</name>
    <message>
        <source>— n/a</source>
        <translation>— entfällt</translation>
    </message>
    <message>
        <source>… pending</source>
        <translation>… ausstehend</translation>
    </message>
    <message>
        <source>⟳ running</source>
        <translation>⟳ läuft</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ FEHLER</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>⏭ skipped</source>
        <translation>⏭ übersprungen</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>This case does not apply to %1.</source>
        <translation>Dieser Fall trifft auf %1 nicht zu.</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Geantwortet: %1</translation>
    </message>
    <message>
        <source>Click to see the exchange on the timeline.</source>
        <translation>Klicken, um den Austausch in der Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProbePanel</name>
    <message>
        <source>Enforcement probe</source>
        <translation>Durchsetzungsprüfung</translation>
    </message>
    <message>
        <source>All operations (or globs: GET /items*, !POST *)</source>
        <translation>Alle Operationen (oder Muster: GET /items*, !POST *)</translation>
    </message>
    <message>
        <source>Operations to probe</source>
        <translation>Zu prüfende Operationen</translation>
    </message>
    <message>
        <source>Globs over operationIds and &quot;METHOD /path&quot;, separated by commas; &quot;!&quot; excludes.</source>
        <translation>Muster über operationIds und &quot;METHODE /pfad&quot;, durch Kommas getrennt; &quot;!&quot; schließt aus.</translation>
    </message>
    <message>
        <source>Also send &amp;unsafe methods (POST, PUT, DELETE…) in this run</source>
        <translation>In diesem Lauf auch &amp;unsichere Methoden senden (POST, PUT, DELETE …)</translation>
    </message>
    <message>
        <source>Send unsafe methods in this run</source>
        <translation>In diesem Lauf unsichere Methoden senden</translation>
    </message>
    <message>
        <source>Off: only GET, HEAD and OPTIONS are sent. Requests with other methods may change data on the server.</source>
        <translation>Aus: nur GET, HEAD und OPTIONS werden gesendet. Anfragen mit anderen Methoden können Daten auf dem Server ändern.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Run the probe</source>
        <translation>Die Prüfung starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the probe</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Rerun &amp;cell</source>
        <translation>&amp;Zelle wiederholen</translation>
    </message>
    <message>
        <source>Run the selected case again</source>
        <translation>Den ausgewählten Fall erneut ausführen</translation>
    </message>
    <message>
        <source>Rerun r&amp;ow</source>
        <translation>Zei&amp;le wiederholen</translation>
    </message>
    <message>
        <source>Run every case of the selected operation again</source>
        <translation>Jeden Fall der ausgewählten Operation erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>Die Matrix als CSV exportieren</translation>
    </message>
    <message>
        <source>Show operations</source>
        <translation>Operationen zeigen</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Operationen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Failures and unknowns</source>
        <translation>Fehler und Unbekannte</translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Operationen filtern</translation>
    </message>
    <message>
        <source>Filter operations by name</source>
        <translation>Operationen nach Namen filtern</translation>
    </message>
    <message>
        <source>Probe results: operations by cases</source>
        <translation>Prüfergebnisse: Operationen nach Fällen</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>Ausgewählter Fall</translation>
    </message>
    <message>
        <source>Probe status</source>
        <translation>Status der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Operations:</source>
        <translation>&amp;Operationen:</translation>
    </message>
    <message>
        <source>&amp;Limits:</source>
        <translation>&amp;Grenzen:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 operations to %2.</source>
        <translation>%1 Operationen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export the probe matrix</source>
        <translation>Die Prüfmatrix exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 — security: %2</source>
        <translation>%1 — Sicherheit: %2</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>Choose the operations and run the probe.</source>
        <translation>Wählen Sie die Operationen und starten Sie die Prüfung.</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 unknown, %4 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 unbekannt, %4 übersprungen</translation>
    </message>
    <message>
        <source>Running: %1 to go. </source>
        <translation>Läuft: noch %1. </translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProfileSwitcher</name>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move Profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The identity to use with this API: each profile has its own tokens and secrets</source>
        <translation>Die Identität für diese API: jedes Profil hat eigene Token und Geheimnisse</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Add, rename or remove profiles</source>
        <translation>Profile hinzufügen, umbenennen oder entfernen</translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation>Aktuelles Profil: %1</translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Could not switch to the profile “%1”: %2</source>
        <translation>Wechsel zum Profil „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: its credentials are loaded.</source>
        <translation>Profil „%1“: seine Zugangsdaten sind geladen.</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new profile (for example “admin” or “read-only”).
It starts without credentials.</source>
        <translation>Name des neuen Profils (zum Beispiel „admin“ oder „read-only“).
Es beginnt ohne Zugangsdaten.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ein Profil namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name for the profile “%1”:</source>
        <translation>Neuer Name für das Profil „%1“:</translation>
    </message>
    <message>
        <source>Could not rename “%1”: %2</source>
        <translation>„%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Profile “%1” is now “%2”.</source>
        <translation>Profil „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Das letzte Profil kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Every secret of this profile — tokens, client secrets, passwords, API keys — is deleted from the keychain. Its settings go too. This cannot be undone.</source>
        <translation>Jedes Geheimnis dieses Profils — Token, Client-Secrets, Passwörter, API-Schlüssel — wird aus dem Schlüsselbund gelöscht. Seine Einstellungen ebenso. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The profile “%1” could not be removed completely:
%2</source>
        <translation>Das Profil „%1“ konnte nicht vollständig entfernt werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” removed, with its %n secret(s).</source>
        <translation>
            <numerusform>Profil „%1“ entfernt, mit seinem %n Geheimnis.</numerusform>
            <numerusform>Profil „%1“ entfernt, mit seinen %n Geheimnissen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::RecorderExportDialog</name>
    <message>
        <source>Export exchanges</source>
        <translation>Austausche exportieren</translation>
    </message>
    <message>
        <source>HAR 1.2 (.har)</source>
        <translation>HAR 1.2 (.har)</translation>
    </message>
    <message>
        <source>Reproduction bundle (.%1)</source>
        <translation>Reproduktionspaket (.%1)</translation>
    </message>
    <message>
        <source>Optional: what happened, a ticket number… (secrets in it are redacted too)</source>
        <translation>Optional: was geschah, eine Ticketnummer … (Geheimnisse darin werden ebenfalls geschwärzt)</translation>
    </message>
    <message>
        <source>Every secret — tokens, codes, verifiers, client secrets, passwords, API keys, cookies and Authorization values — is replaced by a marker such as REDACTED-1a2b3c4d5e6f. The same value gets the same marker within one file. Decoded token claims are kept; signatures are not.</source>
        <translation>Jedes Geheimnis — Token, Codes, Verifier, Client-Secrets, Passwörter, API-Schlüssel, Cookies und Authorization-Werte — wird durch eine Markierung wie REDACTED-1a2b3c4d5e6f ersetzt. Derselbe Wert erhält innerhalb einer Datei dieselbe Markierung. Dekodierte Claims der Token bleiben erhalten, Signaturen nicht.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>There is nothing to export: choose a flow or select exchanges on the timeline.</source>
        <translation>Es gibt nichts zu exportieren: wählen Sie einen Flow oder markieren Sie Austausche in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Whole flow</source>
        <translation>Ganzer Flow</translation>
    </message>
    <message numerus="yes">
        <source>Whole flow: %1 (%n exchange(s))</source>
        <translation>
            <numerusform>Ganzer Flow: %1 (%n Austausch)</numerusform>
            <numerusform>Ganzer Flow: %1 (%n Austausche)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected exchanges (%n)</source>
        <translation>
            <numerusform>Ausgewählte Austausche (%n)</numerusform>
            <numerusform>Ausgewählte Austausche (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) will be exported</source>
        <translation>
            <numerusform>%n Austausch wird exportiert</numerusform>
            <numerusform>%n Austausche werden exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) redacted</source>
        <translation>
            <numerusform>%n Wert geschwärzt</numerusform>
            <numerusform>%n Werte geschwärzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct</source>
        <translation>
            <numerusform>%n verschiedener</numerusform>
            <numerusform>%n verschiedene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) decoded</source>
        <translation>
            <numerusform>%n Token dekodiert</numerusform>
            <numerusform>%n Token dekodiert</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <source>Keyway bundles (*.%1)</source>
        <translation>Keyway-Pakete (*.%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Counting the values to redact in %n exchange(s)…</source>
        <translation>
            <numerusform>Die zu schwärzenden Werte in %n Austausch werden gezählt…</numerusform>
            <numerusform>Die zu schwärzenden Werte in %n Austauschen werden gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestEditor</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation>Autorisieren…</translation>
    </message>
    <message>
        <source>Send without credentials</source>
        <translation>Ohne Zugangsdaten senden</translation>
    </message>
    <message>
        <source>Check values before sending</source>
        <translation>Werte vor dem Senden prüfen</translation>
    </message>
    <message>
        <source>This operation takes no parameters.</source>
        <translation>Diese Operation nimmt keine Parameter.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>This operation takes no request body.</source>
        <translation>Diese Operation nimmt keinen Anfrageinhalt.</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>The URL as it will be sent: the server chosen in the tool bar, the path with its parameters, the query. API keys sent in the query are added when the request is sent.</source>
        <translation>Die URL, wie sie gesendet wird: der in der Werkzeugleiste gewählte Server, der Pfad mit seinen Parametern, die Query. API-Schlüssel, die in der Query gesendet werden, kommen beim Senden hinzu.</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation>Die laufende Anfrage anhalten (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command line, secrets masked (Ctrl+Shift+C)</source>
        <translation>Die Anfrage als curl-Befehlszeile kopieren, Geheimnisse maskiert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy as curl, secrets masked</source>
        <translation>Als curl kopieren, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Copy as curl, with secrets</source>
        <translation>Als curl kopieren, mit Geheimnissen</translation>
    </message>
    <message>
        <source>Security alternative</source>
        <translation>Sicherheitsalternative</translation>
    </message>
    <message>
        <source>The schemes to apply: every scheme of the chosen alternative is applied together</source>
        <translation>Die anzuwendenden Schemata: jedes Schema der gewählten Alternative wird zusammen angewendet</translation>
    </message>
    <message>
        <source>Authorize the missing scheme</source>
        <translation>Das fehlende Schema autorisieren</translation>
    </message>
    <message>
        <source>Apply no scheme at all, to see that the API refuses the request</source>
        <translation>Überhaupt kein Schema anwenden, um zu sehen, dass die API die Anfrage ablehnt</translation>
    </message>
    <message>
        <source>Refuse to send values that break the document&apos;s rules. Switch off to send them anyway and see what the API does.</source>
        <translation>Werte ablehnen, die gegen die Regeln des Dokuments verstoßen. Ausschalten, um sie trotzdem zu senden und zu sehen, was die API tut.</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sicherh&amp;eit:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Send this parameter</source>
        <translation>Diesen Parameter senden</translation>
    </message>
    <message>
        <source>Body media type</source>
        <translation>Medientyp des Inhalts</translation>
    </message>
    <message>
        <source>Body example</source>
        <translation>Beispiel für den Inhalt</translation>
    </message>
    <message>
        <source>Indent the JSON body</source>
        <translation>Den JSON-Inhalt einrücken</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>File to send as the body</source>
        <translation>Datei, die als Inhalt gesendet wird</translation>
    </message>
    <message>
        <source>A file to send as the body</source>
        <translation>Eine Datei, die als Inhalt gesendet wird</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file to send as the body</source>
        <translation>Die Datei wählen, die als Inhalt gesendet wird</translation>
    </message>
    <message>
        <source>File to Send</source>
        <translation>Zu sendende Datei</translation>
    </message>
    <message>
        <source>&amp;Media type:</source>
        <translation>&amp;Medientyp:</translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation>&amp;Beispiel:</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>One header per line, for example
X-Request-Id: 42</source>
        <translation>Ein Header pro Zeile, zum Beispiel
X-Request-Id: 42</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body *</source>
        <translation>Inhalt *</translation>
    </message>
    <message>
        <source>Body (none)</source>
        <translation>Inhalt (keiner)</translation>
    </message>
    <message>
        <source>Required: always sent</source>
        <translation>Erforderlich: wird immer gesendet</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Veraltet.</translation>
    </message>
    <message>
        <source>Value of %1 (%2)</source>
        <translation>Wert von %1 (%2)</translation>
    </message>
    <message>
        <source> — ready</source>
        <translation> — bereit</translation>
    </message>
    <message>
        <source> — needs %1</source>
        <translation> — braucht %1</translation>
    </message>
    <message>
        <source>Public: the document says this operation needs no credentials.</source>
        <translation>Öffentlich: laut Dokument braucht diese Operation keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>The document declares no security for this operation.</source>
        <translation>Das Dokument deklariert für diese Operation keine Sicherheit.</translation>
    </message>
    <message>
        <source>No credentials will be sent: the API should refuse this request.</source>
        <translation>Es werden keine Zugangsdaten gesendet: die API sollte diese Anfrage ablehnen.</translation>
    </message>
    <message>
        <source>Anonymous: no credentials are sent.</source>
        <translation>Anonym: es werden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>Ready: the credentials of every scheme are held.</source>
        <translation>Bereit: die Zugangsdaten jedes Schemas liegen vor.</translation>
    </message>
    <message>
        <source>Not authorized yet: %1.</source>
        <translation>Noch nicht autorisiert: %1.</translation>
    </message>
    <message>
        <source>Authorize %1…</source>
        <translation>%1 autorisieren…</translation>
    </message>
    <message>
        <source>The example was generated from the schema.</source>
        <translation>Das Beispiel wurde aus dem Schema erzeugt.</translation>
    </message>
    <message>
        <source>The schema is large: the generated example stops at the size limit.</source>
        <translation>Das Schema ist groß: das erzeugte Beispiel endet an der Größengrenze.</translation>
    </message>
    <message>
        <source>The schema refers back to itself; the example stops at the first repetition.</source>
        <translation>Das Schema verweist auf sich selbst; das Beispiel endet bei der ersten Wiederholung.</translation>
    </message>
    <message>
        <source>As edited</source>
        <translation>Wie bearbeitet</translation>
    </message>
    <message>
        <source>Generated from the schema</source>
        <translation>Aus dem Schema erzeugt</translation>
    </message>
    <message>
        <source>The document’s example</source>
        <translation>Das Beispiel des Dokuments</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>A file to upload</source>
        <translation>Eine hochzuladende Datei</translation>
    </message>
    <message>
        <source>File for %1</source>
        <translation>Datei für %1</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>Die Datei für %1 wählen</translation>
    </message>
    <message>
        <source>File to Upload</source>
        <translation>Hochzuladende Datei</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the upload limit of %2 MB.</source>
        <translation>%1 ist größer als die Upload-Grenze von %2 MB.</translation>
    </message>
    <message>
        <source>Parameters (%1/%2)</source>
        <translation>Parameter (%1/%2)</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestPanel</name>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Cannot copy as curl: %1</source>
        <translation>Kopieren als curl nicht möglich: %1</translation>
    </message>
    <message>
        <source>Copied as curl, with the secrets: paste it with care.</source>
        <translation>Als curl kopiert, mit den Geheimnissen: fügen Sie es mit Vorsicht ein.</translation>
    </message>
    <message>
        <source>Copied as curl, secrets masked.</source>
        <translation>Als curl kopiert, Geheimnisse maskiert.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseView</name>
    <message>
        <source>Show in Timeline</source>
        <translation>In der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Show this exchange in the timeline</source>
        <translation>Diesen Austausch in der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Response image</source>
        <translation>Antwortbild</translation>
    </message>
    <message>
        <source>Show the body exactly as received</source>
        <translation>Den Inhalt genau wie empfangen zeigen</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Authentication details</source>
        <translation>Authentifizierungsdetails</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>Die Anfrage wie gesendet</translation>
    </message>
    <message>
        <source>Send the request to see it here as it went out, secrets masked.</source>
        <translation>Senden Sie die Anfrage, um sie hier so zu sehen, wie sie hinausging, Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>History of this operation</source>
        <translation>Verlauf dieser Operation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Forget the history of this operation</source>
        <translation>Den Verlauf dieser Operation vergessen</translation>
    </message>
    <message>
        <source>History keeps no headers, bodies or secrets.</source>
        <translation>Der Verlauf speichert keine Header, Inhalte oder Geheimnisse.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Send the request to see what the API answers.</source>
        <translation>Senden Sie die Anfrage, um zu sehen, was die API antwortet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not sent: credentials missing</source>
        <translation>Nicht gesendet: Zugangsdaten fehlen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent: the token could not be refreshed</source>
        <translation>Nicht gesendet: das Token konnte nicht erneuert werden</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <source>A redirect led to another origin: Authorization, API keys and the API&apos;s cookies were not sent there.</source>
        <translation>Eine Weiterleitung führte zu einem anderen Ursprung: Authorization, API-Schlüssel und die Cookies der API wurden dorthin nicht gesendet.</translation>
    </message>
    <message>
        <source>The access token had expired or was refused, so it was refreshed and the request sent again.</source>
        <translation>Das Access-Token war abgelaufen oder wurde abgelehnt, daher wurde es erneuert und die Anfrage erneut gesendet.</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>No body: nothing came back.</source>
        <translation>Kein Inhalt: es kam nichts zurück.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>Bild, %1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation>%1-Bild, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>The image could not be decoded; shown as text.</source>
        <translation>Das Bild konnte nicht dekodiert werden; als Text gezeigt.</translation>
    </message>
    <message>
        <source>%1 of binary data. The first bytes:
</source>
        <translation>%1 Binärdaten. Die ersten Bytes:
</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden gezeigt.</translation>
    </message>
    <message>
        <source>JSON, indented</source>
        <translation>JSON, eingerückt</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <source>Credentials sent</source>
        <translation>Gesendete Zugangsdaten</translation>
    </message>
    <message>
        <source>None: the request was sent without credentials.</source>
        <translation>Keine: die Anfrage wurde ohne Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>None (anonymous alternative).</source>
        <translation>Keine (anonyme Alternative).</translation>
    </message>
    <message>
        <source>Applied together: %1</source>
        <translation>Zusammen angewendet: %1</translation>
    </message>
    <message>
        <source>The Digest challenge was answered.</source>
        <translation>Die Digest-Challenge wurde beantwortet.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The token was refreshed during this send.</source>
        <translation>Das Token wurde während dieses Sendens erneuert.</translation>
    </message>
    <message>
        <source>A redirect to another origin dropped the credentials.</source>
        <translation>Eine Weiterleitung zu einem anderen Ursprung hat die Zugangsdaten entfernt.</translation>
    </message>
    <message>
        <source>Challenges (WWW-Authenticate)</source>
        <translation>Challenges (WWW-Authenticate)</translation>
    </message>
    <message>
        <source>The server sent none.</source>
        <translation>Der Server hat keine gesendet.</translation>
    </message>
    <message>
        <source>No answer came.</source>
        <translation>Es kam keine Antwort.</translation>
    </message>
    <message>
        <source>Authentication ⚠</source>
        <translation>Authentifizierung ⚠</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SchemeStateModel</name>
    <message>
        <source>Authorized · %1</source>
        <translation>Autorisiert · %1</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>Vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Configured · not signed in</source>
        <translation>Eingerichtet · nicht angemeldet</translation>
    </message>
    <message>
        <source>Configured · %1</source>
        <translation>Eingerichtet · %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SchemeText</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>HTTP Bearer</source>
        <translation>HTTP Bearer</translation>
    </message>
    <message>
        <source>HTTP Digest</source>
        <translation>HTTP Digest</translation>
    </message>
    <message>
        <source>HTTP authentication</source>
        <translation>HTTP-Authentifizierung</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>Mutual TLS</source>
        <translation>Mutual TLS</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <source>Unknown type “%1”</source>
        <translation>Unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>(location not given)</source>
        <translation>(Ort nicht angegeben)</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>Implicit</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Credentials</translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation>Device-Authorization</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation>anonymer Zugriff</translation>
    </message>
    <message>
        <source> [not defined]</source>
        <translation> [nicht definiert]</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Public: declares security: [], no credentials needed.</source>
        <translation>Öffentlich: deklariert security: [], keine Zugangsdaten nötig.</translation>
    </message>
    <message>
        <source>No security declared.</source>
        <translation>Keine Sicherheit deklariert.</translation>
    </message>
    <message>
        <source>Requires %1.</source>
        <translation>Verlangt %1.</translation>
    </message>
    <message>
        <source>Requires one of: %1.</source>
        <translation>Verlangt eines von: %1.</translation>
    </message>
    <message>
        <source>; or </source>
        <translation>; oder </translation>
    </message>
    <message>
        <source>Inherited from the document’s top-level security.</source>
        <translation>Von der Sicherheit auf oberster Ebene des Dokuments geerbt.</translation>
    </message>
    <message>
        <source>Declared on this operation, overriding the document’s security.</source>
        <translation>Für diese Operation deklariert, überschreibt die Sicherheit des Dokuments.</translation>
    </message>
    <message>
        <source>Declared on this operation.</source>
        <translation>Für diese Operation deklariert.</translation>
    </message>
    <message>
        <source>No security declared: neither this operation nor the document says which credentials it needs.</source>
        <translation>Keine Sicherheit deklariert: weder diese Operation noch das Dokument sagt, welche Zugangsdaten sie braucht.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SchemesPage</name>
    <message>
        <source>This document declares no security schemes.</source>
        <translation>Dieses Dokument deklariert keine Sicherheitsschemata.</translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation>Sicherheitsschemata</translation>
    </message>
    <message>
        <source>Scheme details</source>
        <translation>Details des Schemas</translation>
    </message>
    <message>
        <source>Operations using this scheme</source>
        <translation>Operationen, die dieses Schema verwenden</translation>
    </message>
    <message>
        <source>Click an operation to show it</source>
        <translation>Klicken Sie auf eine Operation, um sie zu zeigen</translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation>Autorisieren…</translation>
    </message>
    <message>
        <source>Configure this scheme’s credentials or sign in (Ctrl+Shift+A)</source>
        <translation>Die Zugangsdaten dieses Schemas einrichten oder anmelden (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not used by any operation</source>
        <translation>Von keiner Operation verwendet</translation>
    </message>
    <message>
        <source>Used by 1 operation</source>
        <translation>Von 1 Operation verwendet</translation>
    </message>
    <message>
        <source>Used by %1 operations</source>
        <translation>Von %1 Operationen verwendet</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Relative to the document’s own URL, which is not a web address here: load the document from its server to resolve it.</source>
        <translation>Relativ zur eigenen URL des Dokuments, die hier keine Webadresse ist: laden Sie das Dokument von seinem Server, um sie aufzulösen.</translation>
    </message>
    <message>
        <source>Relative to the server: the selected server has no absolute URL to resolve it against.</source>
        <translation>Relativ zum Server: der ausgewählte Server hat keine absolute URL, gegen die sie aufgelöst werden könnte.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <source>Sent in</source>
        <translation>Gesendet in</translation>
    </message>
    <message>
        <source>Keyway sends it in a real Cookie header.</source>
        <translation>Keyway sendet ihn in einem echten Cookie-Header.</translation>
    </message>
    <message>
        <source>HTTP scheme</source>
        <translation>HTTP-Schema</translation>
    </message>
    <message>
        <source>Bearer format</source>
        <translation>Bearer-Format</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation>Discovery-URL</translation>
    </message>
    <message>
        <source>The client proves its identity with a TLS client certificate.</source>
        <translation>Der Client weist seine Identität mit einem TLS-Client-Zertifikat nach.</translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation>Metadaten-URL</translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation>Erreicht über</translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation>Definiert bei</translation>
    </message>
    <message>
        <source>This OAuth 2.0 scheme declares no flows.</source>
        <translation>Dieses OAuth-2.0-Schema deklariert keine Flows.</translation>
    </message>
    <message>
        <source>%1 flow</source>
        <translation>%1-Flow</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Device authorization URL</source>
        <translation>Device-Authorization-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Refresh URL</source>
        <translation>Refresh-URL</translation>
    </message>
    <message>
        <source>This flow declares no scopes.</source>
        <translation>Dieser Flow deklariert keine Scopes.</translation>
    </message>
    <message>
        <source>1 scope</source>
        <translation>1 Scope</translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation>%1 Scopes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Hide the value (Ctrl+Shift+R)</source>
        <translation>Den Wert verbergen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Show the value (Ctrl+Shift+R)</source>
        <translation>Den Wert zeigen (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SecretMask</name>
    <message>
        <source>Secret shown: click to hide it again</source>
        <translation>Geheimnis sichtbar: klicken, um es wieder zu verbergen</translation>
    </message>
    <message>
        <source>Secret hidden: click to show it</source>
        <translation>Geheimnis verborgen: klicken, um es zu zeigen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SecurityPanel</name>
    <message>
        <source>No security declared</source>
        <translation>Keine Sicherheit deklariert</translation>
    </message>
    <message>
        <source>The document declares no security schemes and no security requirement. The API may still ask for credentials; the document does not say.</source>
        <translation>Das Dokument deklariert weder Sicherheitsschemata noch eine Sicherheitsanforderung. Die API verlangt vielleicht trotzdem Zugangsdaten; das Dokument sagt es nicht.</translation>
    </message>
    <message>
        <source>The document defines security schemes but neither it nor this operation says which apply here. Treat it as unknown rather than public.</source>
        <translation>Das Dokument definiert Sicherheitsschemata, aber weder es noch diese Operation sagt, welche hier gelten. Behandeln Sie das als unbekannt statt als öffentlich.</translation>
    </message>
    <message>
        <source>No credentials are needed.</source>
        <translation>Es sind keine Zugangsdaten nötig.</translation>
    </message>
    <message>
        <source>This operation declares &lt;code&gt;security: []&lt;/code&gt;: it is public and needs no credentials, whatever the document requires elsewhere.</source>
        <translation>Diese Operation deklariert &lt;code&gt;security: []&lt;/code&gt;: sie ist öffentlich und braucht keine Zugangsdaten, was immer das Dokument anderswo verlangt.</translation>
    </message>
    <message>
        <source>The document declares &lt;code&gt;security: []&lt;/code&gt;: its operations are public unless they say otherwise.</source>
        <translation>Das Dokument deklariert &lt;code&gt;security: []&lt;/code&gt;: seine Operationen sind öffentlich, sofern sie nichts anderes sagen.</translation>
    </message>
    <message>
        <source>Public: security: []</source>
        <translation>Öffentlich: security: []</translation>
    </message>
    <message>
        <source>Anonymous access is allowed.</source>
        <translation>Anonymer Zugriff ist erlaubt.</translation>
    </message>
    <message>
        <source>Requires one scheme.</source>
        <translation>Verlangt ein Schema.</translation>
    </message>
    <message>
        <source>Requires %1 schemes, all together.</source>
        <translation>Verlangt %1 Schemata, alle zusammen.</translation>
    </message>
    <message>
        <source>Any one of these %1 options is enough.</source>
        <translation>Eine dieser %1 Optionen genügt.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Option %1 of %2: anonymous access allowed</source>
        <translation>Option %1 von %2: anonymer Zugriff erlaubt</translation>
    </message>
    <message>
        <source>Anonymous access allowed</source>
        <translation>Anonymer Zugriff erlaubt</translation>
    </message>
    <message>
        <source>This option is an empty requirement &lt;code&gt;{}&lt;/code&gt;: the operation can be called without any credentials.</source>
        <translation>Diese Option ist eine leere Anforderung &lt;code&gt;{}&lt;/code&gt;: die Operation kann ohne jede Zugangsdaten aufgerufen werden.</translation>
    </message>
    <message>
        <source>Option %1 of %2</source>
        <translation>Option %1 von %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>all of these together</source>
        <translation>alle diese zusammen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show the scheme “%1”</source>
        <translation>Das Schema „%1“ zeigen</translation>
    </message>
    <message>
        <source>Not defined among the document’s security schemes</source>
        <translation>Nicht unter den Sicherheitsschemata des Dokuments definiert</translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation>Autorisieren…</translation>
    </message>
    <message>
        <source>Configure the credentials of “%1” or sign in</source>
        <translation>Die Zugangsdaten von „%1“ einrichten oder anmelden</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>%1 autorisieren</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>“%1” is not among the scopes this scheme’s flows declare</source>
        <translation>„%1“ ist nicht unter den Scopes, die die Flows dieses Schemas deklarieren</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>No particular scope asked for.</source>
        <translation>Kein bestimmter Scope angefordert.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ServerChooser</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The server requests go to; relative URLs in the document resolve against it</source>
        <translation>Der Server, an den die Anfragen gehen; relative URLs im Dokument werden gegen ihn aufgelöst</translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation>Variablen…</translation>
    </message>
    <message>
        <source>Server variables</source>
        <translation>Server-Variablen</translation>
    </message>
    <message>
        <source>Edit the values of this server&apos;s variables</source>
        <translation>Die Werte der Variablen dieses Servers bearbeiten</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Wie geschrieben: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server variables&lt;/b&gt;</source>
        <translation>&lt;b&gt;Server-Variablen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Server variable %1</source>
        <translation>Server-Variable %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter: action, key or menu…</source>
        <translation>Filter: Aktion, Taste oder Menü…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
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
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keys of the commands of this window. Menus can also be reached with Alt and the underlined letter.</source>
        <translation>Tasten der Befehle dieses Fensters. Menüs erreichen Sie auch mit Alt und dem unterstrichenen Buchstaben.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::StaticSecretEditor</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Datei des Client-Zertifikats</translation>
    </message>
    <message>
        <source>PEM certificate, or a PKCS#12 bundle (.p12, .pfx)</source>
        <translation>PEM-Zertifikat oder ein PKCS#12-Paket (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Die Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>PEM private key (not needed with a PKCS#12 bundle)</source>
        <translation>Privater PEM-Schlüssel (bei einem PKCS#12-Paket nicht nötig)</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Die Datei des privaten Schlüssels wählen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>if the key or bundle is encrypted; kept in the keychain</source>
        <translation>falls Schlüssel oder Paket verschlüsselt sind; im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation>Private Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sent as the %1 &lt;b&gt;%2&lt;/b&gt; with every request that uses this scheme.</source>
        <translation>Gesendet als %1 &lt;b&gt;%2&lt;/b&gt; mit jeder Anfrage, die dieses Schema verwendet.</translation>
    </message>
    <message>
        <source>Keyway sends it in a real Cookie header.</source>
        <translation>Keyway sendet ihn in einem echten Cookie-Header.</translation>
    </message>
    <message>
        <source>Sent as &lt;b&gt;Authorization: Basic …&lt;/b&gt; (the user name and password, base64-encoded: use https).</source>
        <translation>Gesendet als &lt;b&gt;Authorization: Basic …&lt;/b&gt; (Benutzername und Passwort, Base64-kodiert: verwenden Sie https).</translation>
    </message>
    <message>
        <source>Used to answer the server’s &lt;b&gt;Digest&lt;/b&gt; challenge; the password itself is never sent.</source>
        <translation>Dient zur Antwort auf die &lt;b&gt;Digest&lt;/b&gt;-Challenge des Servers; das Passwort selbst wird nie gesendet.</translation>
    </message>
    <message>
        <source>Sent as &lt;b&gt;Authorization: %1 …&lt;/b&gt;.</source>
        <translation>Gesendet als &lt;b&gt;Authorization: %1 …&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The document says the token is a %1.</source>
        <translation>Laut Dokument ist das Token ein %1.</translation>
    </message>
    <message>
        <source>The client proves who it is with a TLS client certificate. The file paths are settings; only the passphrase is a secret.</source>
        <translation>Der Client weist mit einem TLS-Client-Zertifikat nach, wer er ist. Die Dateipfade sind Einstellungen; nur die Passphrase ist ein Geheimnis.</translation>
    </message>
    <message>
        <source>Keyway cannot send credentials for a scheme of type “%1”.</source>
        <translation>Keyway kann für ein Schema vom Typ „%1“ keine Zugangsdaten senden.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>keyway::ui::TimelineModel</name>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>Credentials dropped on a redirect to another origin.</source>
        <translation>Zugangsdaten bei einer Weiterleitung zu einem anderen Ursprung entfernt.</translation>
    </message>
    <message>
        <source>A step in the browser, not a request Keyway sent.</source>
        <translation>Ein Schritt im Browser, keine Anfrage, die Keyway gesendet hat.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n exchanges)</source>
        <translation>
            <numerusform>%1 (%n Austausch)</numerusform>
            <numerusform>%1 (%n Austausche)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow %1: %n exchange(s)</source>
        <translation>
            <numerusform>Flow %1: %n Austausch</numerusform>
            <numerusform>Flow %1: %n Austausche</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>keyway::ui::TimelinePanel</name>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Austausche</translation>
    </message>
    <message>
        <source>No HTTP exchanges yet. Sign-in flows, discovery, key fetches and requests appear here as they happen.</source>
        <translation>Noch keine HTTP-Austausche. Anmelde-Flows, Discovery, Schlüsselabrufe und Anfragen erscheinen hier, während sie geschehen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every exchange from the timeline</source>
        <translation>Jeden Austausch aus der Zeitleiste entfernen</translation>
    </message>
    <message>
        <source>Clear the timeline</source>
        <translation>Die Zeitleiste leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as HAR or Bundle…</source>
        <translation>Als HAR oder Paket exportieren…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::TokenInspector</name>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>Nicht gültig vor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>Autorisierte Partei</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Nonce of the sign-in request</source>
        <translation>Nonce der Anmeldeanfrage</translation>
    </message>
    <message>
        <source>User signed in</source>
        <translation>Benutzer angemeldet</translation>
    </message>
    <message>
        <source>Hash of the access token</source>
        <translation>Hash des Access-Tokens</translation>
    </message>
    <message>
        <source>Hash of the code</source>
        <translation>Hash des Codes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Authentifizierungskontextklasse</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Confirmation (key binding)</source>
        <translation>Bestätigung (Schlüsselbindung)</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Key set URL (not followed)</source>
        <translation>URL des Schlüsselsatzes (nicht abgerufen)</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>Fingerabdruck des Zertifikats</translation>
    </message>
    <message>
        <source>Critical extensions</source>
        <translation>Kritische Erweiterungen</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Zu untersuchendes Token</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Eingefügtes Token</translation>
    </message>
    <message>
        <source>Paste a token here: a JWT (eyJ…) is decoded; any other token is shown as opaque.</source>
        <translation>Fügen Sie hier ein Token ein: ein JWT (eyJ…) wird dekodiert; jedes andere Token wird als opak gezeigt.</translation>
    </message>
    <message>
        <source>Decoded header and claims</source>
        <translation>Dekodierter Header und Claims</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Raw token</source>
        <translation>Rohes Token</translation>
    </message>
    <message>
        <source>Copy Token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy the raw token to the clipboard</source>
        <translation>Das rohe Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Decoded header and payload as JSON</source>
        <translation>Dekodierter Header und Payload als JSON</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Decoded &amp;JSON (as sent, not verified):</source>
        <translation>Dekodiertes &amp;JSON (wie gesendet, nicht verifiziert):</translation>
    </message>
    <message>
        <source>&amp;Decoded</source>
        <translation>&amp;Dekodiert</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <source>&amp;Inspect:</source>
        <translation>&amp;Untersuchen:</translation>
    </message>
    <message>
        <source>&amp;Verify with the Issuer’s Keys</source>
        <translation>Mit den Schlüsseln des Issuers &amp;verifizieren</translation>
    </message>
    <message>
        <source>Discover the issuer named in the token and check the signature with its published keys</source>
        <translation>Den im Token genannten Issuer ermitteln und die Signatur mit seinen veröffentlichten Schlüsseln prüfen</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>%1 wird ermittelt…</translation>
    </message>
    <message>
        <source>Not verified: discovery failed: %1</source>
        <translation>Nicht verifiziert: Discovery fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A token I paste</source>
        <translation>Ein Token, das ich einfüge</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scopes granted (%n)</source>
        <translation>
            <numerusform>Gewährte Scopes (%n)</numerusform>
            <numerusform>Gewährte Scopes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a token above, or choose one of the open API’s tokens.</source>
        <translation>Fügen Sie oben ein Token ein, oder wählen Sie eines der Token der geöffneten API.</translation>
    </message>
    <message>
        <source>This scheme holds no such token.</source>
        <translation>Dieses Schema hat kein solches Token.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Opaque token&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This token (%n character(s)) is not a JWT: only the server that issued it knows what it means. Ask it through introspection (RFC 7662) where it offers that.&lt;/p&gt;&lt;p style=&quot;color: gray&quot;&gt;Why it is not a JWT: %1&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Opakes Token&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dieses Token (%n Zeichen) ist kein JWT: nur der Server, der es ausgestellt hat, weiß, was es bedeutet. Fragen Sie ihn per Introspection (RFC 7662), wo er das anbietet.&lt;/p&gt;&lt;p style=&quot;color: gray&quot;&gt;Warum es kein JWT ist: %1&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Opakes Token&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dieses Token (%n Zeichen) ist kein JWT: nur der Server, der es ausgestellt hat, weiß, was es bedeutet. Fragen Sie ihn per Introspection (RFC 7662), wo er das anbietet.&lt;/p&gt;&lt;p style=&quot;color: gray&quot;&gt;Warum es kein JWT ist: %1&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Claim</numerusform>
            <numerusform>%n Claims</numerusform>
        </translation>
    </message>
    <message>
        <source>(not a JWT: nothing to decode)</source>
        <translation>(kein JWT: nichts zu dekodieren)</translation>
    </message>
    <message>
        <source>// header</source>
        <translation>// Header</translation>
    </message>
    <message>
        <source>// payload</source>
        <translation>// Payload</translation>
    </message>
    <message numerus="yes">
        <source>// signature: %n byte(s)</source>
        <translation>
            <numerusform>// Signatur: %n Byte</numerusform>
            <numerusform>// Signatur: %n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opaque token · %n character(s)</source>
        <translation>
            <numerusform>Opakes Token · %n Zeichen</numerusform>
            <numerusform>Opakes Token · %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <translation>JWT (%1)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>exp is not a valid time</source>
        <translation>exp ist keine gültige Zeit</translation>
    </message>
    <message>
        <source>no expiry (exp)</source>
        <translation>kein Ablauf (exp)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unsigned (alg “none”): anyone could have written this token. Keyway never trusts it.</source>
        <translation>Unsigniert (alg „none“): jeder hätte dieses Token schreiben können. Keyway vertraut ihm nie.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>a known key</source>
        <translation>ein bekannter Schlüssel</translation>
    </message>
    <message>
        <source>Signature verified with %1%2.</source>
        <translation>Signatur verifiziert mit %1%2.</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>Signatur NICHT gültig: %1</translation>
    </message>
    <message>
        <source>Signature not checked: the token names no issuer, and no key is known for it.</source>
        <translation>Signatur nicht geprüft: das Token nennt keinen Issuer, und für es ist kein Schlüssel bekannt.</translation>
    </message>
    <message>
        <source>Signature not checked: no key is known for the issuer %1.</source>
        <translation>Signatur nicht geprüft: für den Issuer %1 ist kein Schlüssel bekannt.</translation>
    </message>
    <message>
        <source>Keys are known once the issuer has been discovered (OpenID Connect schemes, or an issuer entered in the Authorize dialog).</source>
        <translation>Schlüssel sind bekannt, sobald der Issuer ermittelt wurde (OpenID-Connect-Schemata oder ein im Dialog „Autorisieren“ eingegebener Issuer).</translation>
    </message>
    <message>
        <source>Checking the signature with the keys at %1…</source>
        <translation>Die Signatur wird mit den Schlüsseln unter %1 geprüft…</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Signature not checked: the keys at %1 could not be fetched: %2</source>
        <translation>Signatur nicht geprüft: die Schlüssel unter %1 konnten nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore and test secured HTTP APIs described by OpenAPI.</source>
        <translation>Gesicherte HTTP-APIs erkunden und testen, die mit OpenAPI beschrieben sind.</translation>
    </message>
    <message>
        <source>An OpenAPI or Swagger document to open: a file or an http(s) URL.</source>
        <translation>Ein zu öffnendes OpenAPI- oder Swagger-Dokument: eine Datei oder eine http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>net</name>
    <message>
        <source>more than %1 headers</source>
        <translation>mehr als %1 Header</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
</TS>
