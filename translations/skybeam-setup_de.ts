<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Skybeam::AccountCheck</name>
    <message>
        <source>TikTok account</source>
        <translation>TikTok-Konto</translation>
    </message>
    <message>
        <source>There is no access token to ask TikTok with.</source>
        <translation>Es gibt kein Zugriffstoken, mit dem TikTok gefragt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>This check asked TikTok %n time(s); a sandbox app has about 20 API calls a day.</source>
        <translation>
            <numerusform>Diese Prüfung hat TikTok %n-mal gefragt; eine Sandbox-App hat etwa 20 API-Aufrufe am Tag.</numerusform>
            <numerusform>Diese Prüfung hat TikTok %n-mal gefragt; eine Sandbox-App hat etwa 20 API-Aufrufe am Tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok did not accept the stored access: %1</source>
        <translation>TikTok hat den gespeicherten Zugriff nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Open the wizard and choose Re-authorize.</source>
        <translation>Öffnen Sie den Assistenten und wählen Sie Erneut autorisieren.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Whether the account can post was not asked: the video.publish permission is missing.</source>
        <translation>Ob das Konto veröffentlichen kann, wurde nicht gefragt: die Berechtigung video.publish fehlt.</translation>
    </message>
    <message>
        <source>Add video.publish to the app in the TikTok developer portal and re-authorize.</source>
        <translation>Fügen Sie der App im TikTok-Entwicklerportal video.publish hinzu und autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>TikTok does not let this account post right now: %1</source>
        <translation>TikTok lässt dieses Konto gerade nicht veröffentlichen: %1</translation>
    </message>
    <message>
        <source>TikTok does not let this account post right now.</source>
        <translation>TikTok lässt dieses Konto gerade nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>Check the account in the TikTok app (for example a posting limit or a restriction) and try again later.</source>
        <translation>Prüfen Sie das Konto in der TikTok-App (zum Beispiel ein Veröffentlichungslimit oder eine Einschränkung) und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>TikTok offers only &quot;Only me&quot;: the app has not been audited by TikTok yet (or the account is private), so every post stays private.</source>
        <translation>TikTok bietet nur „Nur ich“ an: Die App wurde von TikTok noch nicht geprüft (oder das Konto ist privat), daher bleibt jeder Beitrag privat.</translation>
    </message>
    <message>
        <source>Submit the app for TikTok&apos;s audit in the developer portal; until it is approved, posts are visible only to you.</source>
        <translation>Reichen Sie die App im Entwicklerportal zur Prüfung durch TikTok ein; bis sie freigegeben ist, sind Beiträge nur für Sie sichtbar.</translation>
    </message>
    <message>
        <source>It can post to: %1.</source>
        <translation>Es kann veröffentlichen für: %1.</translation>
    </message>
</context>
<context>
    <name>Skybeam::AvatarLabel</name>
    <message>
        <source>Picture of %1</source>
        <extracomment>Accessible name of the account picture; %1 is the account&apos;s display name</extracomment>
        <translation>Profilbild von %1</translation>
    </message>
</context>
<context>
    <name>Skybeam::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>Skybeam::CallbackAddress</name>
    <message>
        <source>This is not the address the browser ended on. After clicking Authorize, copy the whole address from that browser&apos;s address bar: it starts with %1.</source>
        <extracomment>%1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>Das ist nicht die Adresse, bei der der Browser angekommen ist. Kopieren Sie nach dem Klick auf Autorisieren die ganze Adresse aus der Adressleiste dieses Browsers: Sie beginnt mit %1.</translation>
    </message>
    <message>
        <source>This address does not lead to the computer&apos;s own address (127.0.0.1, [::1] or localhost), so it is not TikTok&apos;s answer to this sign-in. Paste the address the browser ended on: it starts with %1.</source>
        <extracomment>%1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>Diese Adresse führt nicht zur eigenen Adresse des Computers (127.0.0.1, [::1] oder localhost), also ist sie nicht TikToks Antwort auf diese Anmeldung. Fügen Sie die Adresse ein, bei der der Browser angekommen ist: Sie beginnt mit %1.</translation>
    </message>
    <message>
        <source>This address is for another port: this sign-in waits on port %1. It may be from an earlier attempt; open this sign-in&apos;s TikTok address and paste the address its browser ends on.</source>
        <extracomment>%1 is a port number.</extracomment>
        <translation>Diese Adresse ist für einen anderen Port: Diese Anmeldung wartet auf Port %1. Sie stammt vielleicht von einem früheren Versuch; öffnen Sie die TikTok-Adresse dieser Anmeldung und fügen Sie die Adresse ein, bei der ihr Browser ankommt.</translation>
    </message>
    <message>
        <source>This address is not TikTok&apos;s answer to this sign-in: that starts with %1.</source>
        <extracomment>%1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>Diese Adresse ist nicht TikToks Antwort auf diese Anmeldung: Diese beginnt mit %1.</translation>
    </message>
    <message>
        <source>This address names a parameter twice, so it cannot be trusted. Paste the address exactly as the browser shows it.</source>
        <translation>Diese Adresse nennt einen Parameter zweimal, daher kann ihr nicht vertraut werden. Fügen Sie die Adresse genau so ein, wie der Browser sie zeigt.</translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt (its state does not match this one). Open this sign-in&apos;s TikTok address and paste the address its browser ends on.</source>
        <translation>Diese Adresse gehört zu einem anderen Anmeldeversuch (ihr state passt nicht zu diesem). Öffnen Sie die TikTok-Adresse dieser Anmeldung und fügen Sie die Adresse ein, bei der ihr Browser ankommt.</translation>
    </message>
    <message>
        <source>This address carries neither TikTok&apos;s code nor an error. Paste the whole address, with everything after the question mark.</source>
        <translation>Diese Adresse enthält weder TikToks Code noch einen Fehler. Fügen Sie die ganze Adresse ein, mit allem nach dem Fragezeichen.</translation>
    </message>
    <message>
        <source>TikTok&apos;s answer to this sign-in has already been received; an address is used only once.</source>
        <translation>TikToks Antwort auf diese Anmeldung ist bereits angekommen; eine Adresse wird nur einmal verwendet.</translation>
    </message>
    <message>
        <source>No sign-in is waiting for TikTok&apos;s answer now. Start the sign-in again, then paste the address its browser ends on.</source>
        <translation>Gerade wartet keine Anmeldung auf TikToks Antwort. Starten Sie die Anmeldung erneut und fügen Sie dann die Adresse ein, bei der ihr Browser ankommt.</translation>
    </message>
</context>
<context>
    <name>Skybeam::CallbackPage</name>
    <message>
        <source>%1 - SKYBEAM Setup</source>
        <extracomment>Browser tab title of the sign-in pages; %1 is the page&apos;s heading.</extracomment>
        <translation>%1 - SKYBEAM Setup</translation>
    </message>
    <message>
        <source>Connected to TikTok. You can close this tab and go back to SKYBEAM Setup.</source>
        <translation>Mit TikTok verbunden. Sie können diesen Tab schließen und zu SKYBEAM Setup zurückkehren.</translation>
    </message>
    <message>
        <source>Connected as %1. You can close this tab and go back to SKYBEAM Setup.</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Verbunden als %1. Sie können diesen Tab schließen und zu SKYBEAM Setup zurückkehren.</translation>
    </message>
    <message>
        <source>You did not allow every permission (missing: %1). SKYBEAM Setup will tell you what this means for publishing.</source>
        <extracomment>%1 is a comma-separated list of TikTok permission names such as video.publish.</extracomment>
        <translation>Sie haben nicht alle Berechtigungen erlaubt (es fehlen: %1). SKYBEAM Setup erklärt Ihnen, was das für das Veröffentlichen bedeutet.</translation>
    </message>
    <message>
        <source>Connected to TikTok</source>
        <translation>Mit TikTok verbunden</translation>
    </message>
    <message>
        <source>TikTok log ID for support: %1</source>
        <extracomment>%1 is an identifier TikTok support can look up.</extracomment>
        <translation>TikTok-Protokoll-ID für den Support: %1</translation>
    </message>
    <message>
        <source>You can close this tab and go back to SKYBEAM Setup to try again.</source>
        <translation>Sie können diesen Tab schließen und es in SKYBEAM Setup erneut versuchen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Link not from this sign-in</source>
        <translation>Link gehört nicht zu dieser Anmeldung</translation>
    </message>
    <message>
        <source>This address does not belong to the sign-in SKYBEAM Setup is waiting for, so it was ignored. It may be an old browser tab or a link from someone else.</source>
        <translation>Diese Adresse gehört nicht zu der Anmeldung, auf die SKYBEAM Setup wartet, und wurde daher ignoriert. Vielleicht stammt sie aus einem alten Browser-Tab oder ist ein Link von jemand anderem.</translation>
    </message>
    <message>
        <source>Go back to SKYBEAM Setup and open the sign-in link it shows.</source>
        <translation>Kehren Sie zu SKYBEAM Setup zurück und öffnen Sie den Anmeldelink, den es anzeigt.</translation>
    </message>
    <message>
        <source>Incomplete answer from TikTok</source>
        <translation>Unvollständige Antwort von TikTok</translation>
    </message>
    <message>
        <source>This address carries neither a sign-in code nor an error, so it was ignored.</source>
        <translation>Diese Adresse enthält weder einen Anmeldecode noch einen Fehler und wurde daher ignoriert.</translation>
    </message>
    <message>
        <source>Sign-in already received</source>
        <translation>Anmeldung bereits empfangen</translation>
    </message>
    <message>
        <source>SKYBEAM Setup has already received this sign-in. Look at the first tab or at SKYBEAM Setup for the result. You can close this tab.</source>
        <translation>SKYBEAM Setup hat diese Anmeldung bereits empfangen. Das Ergebnis sehen Sie im ersten Tab oder in SKYBEAM Setup. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Still connecting</source>
        <translation>Verbindung wird noch hergestellt</translation>
    </message>
    <message>
        <source>TikTok&apos;s answer was received and SKYBEAM Setup is still finishing the connection. You can close this tab; SKYBEAM Setup shows the result.</source>
        <translation>Die Antwort von TikTok ist angekommen, und SKYBEAM Setup stellt die Verbindung noch fertig her. Sie können diesen Tab schließen; SKYBEAM Setup zeigt das Ergebnis an.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in SKYBEAM Setup. You can close this tab.</source>
        <translation>Die Anmeldung wurde in SKYBEAM Setup abgebrochen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>SKYBEAM Setup is waiting for TikTok&apos;s answer at another address on this computer.</source>
        <translation>SKYBEAM Setup wartet unter einer anderen Adresse auf diesem Computer auf die Antwort von TikTok.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>SKYBEAM Setup only answers the browser&apos;s normal page requests here.</source>
        <translation>SKYBEAM Setup beantwortet hier nur normale Seitenaufrufe des Browsers.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The browser sent more data than SKYBEAM Setup accepts. Go back to SKYBEAM Setup and open the sign-in link again.</source>
        <translation>Der Browser hat mehr Daten gesendet, als SKYBEAM Setup annimmt. Kehren Sie zu SKYBEAM Setup zurück und öffnen Sie den Anmeldelink erneut.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>SKYBEAM Setup could not read this request. Go back to SKYBEAM Setup and open the sign-in link again.</source>
        <translation>SKYBEAM Setup konnte diese Anfrage nicht lesen. Kehren Sie zu SKYBEAM Setup zurück und öffnen Sie den Anmeldelink erneut.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <source>SKYBEAM Setup only answers requests for 127.0.0.1, [::1] or localhost. Go back to SKYBEAM Setup and open the sign-in link it shows.</source>
        <translation>SKYBEAM Setup beantwortet nur Anfragen an 127.0.0.1, [::1] oder localhost. Gehen Sie zurück zu SKYBEAM Setup und öffnen Sie den dort angezeigten Anmeldelink.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ChecklistWidget</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Spoken by screen readers: &quot;Passed: File exists&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Skybeam::ChunkPlan</name>
    <message>
        <source>The video file is empty, so there is nothing to send to TikTok.</source>
        <translation>Die Videodatei ist leer, es gibt also nichts an TikTok zu senden.</translation>
    </message>
    <message>
        <source>The video (%1) is too large to upload: TikTok accepts at most 1,000 parts of 64 MB.</source>
        <extracomment>%1 is a size such as &quot;70.0 GB&quot;.</extracomment>
        <translation>Das Video (%1) ist zu groß zum Hochladen: TikTok nimmt höchstens 1.000 Teile zu 64 MB an.</translation>
    </message>
    <message>
        <source>The upload plan breaks TikTok&apos;s chunk rules.</source>
        <translation>Die Aufteilung des Uploads verstößt gegen die Regeln von TikTok für Teilstücke.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ChunkUploader</name>
    <message>
        <source>the file no longer exists</source>
        <translation>die Datei existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>Skybeam::Cli::CommandLine</name>
    <message>
        <source>Use DIR instead of ~/.roxy (also set by the ROXY_HOME environment variable).</source>
        <translation>ORDNER statt ~/.roxy verwenden (lässt sich auch mit der Umgebungsvariablen ROXY_HOME setzen).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Use LANGUAGE (e.g. de, es) instead of the system language.</source>
        <translation>SPRACHE (z. B. de, es) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Log more detail to stderr (never secrets).</source>
        <translation>Ausführlicher auf stderr protokollieren (niemals Geheimnisse).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Mehr dazu mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Accept SKYBEAM_TIKTOK_AUTH_URL / SKYBEAM_TIKTOK_API_BASE pointing to a host that is neither TikTok nor this computer.</source>
        <translation>SKYBEAM_TIKTOK_AUTH_URL / SKYBEAM_TIKTOK_API_BASE auch dann akzeptieren, wenn sie auf einen Host zeigen, der weder TikTok noch dieser Computer ist.</translation>
    </message>
    <message>
        <source>Warning: %1 is set: TikTok&apos;s address is overridden (for tests only).</source>
        <extracomment>%1 is e.g. &quot;SKYBEAM_TIKTOK_API_BASE=http://127.0.0.1:9555&quot;.</extracomment>
        <translation>Warnung: %1 ist gesetzt: Die Adresse von TikTok ist überschrieben (nur für Tests).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Skybeam::Cli::UploadCommand</name>
    <message>
        <source>Asking TikTok to start a direct post…</source>
        <translation>TikTok wird gebeten, einen direkten Beitrag zu beginnen …</translation>
    </message>
    <message>
        <source>Asking TikTok to start an upload to the inbox…</source>
        <translation>TikTok wird gebeten, einen Upload in den Posteingang zu beginnen …</translation>
    </message>
    <message>
        <source>Waiting for TikTok&apos;s rate limit (6 uploads a minute)…</source>
        <translation>Warten auf das Anfragelimit von TikTok (6 Uploads pro Minute) …</translation>
    </message>
    <message>
        <source>Uploaded. Waiting for TikTok to process the video…</source>
        <translation>Hochgeladen. Warten, bis TikTok das Video verarbeitet hat …</translation>
    </message>
    <message>
        <source>Uploading part %1 of %2: %3</source>
        <extracomment>%1 and %2 count the video&apos;s parts, %3 is the progress (&quot;45% · 9.0 MB of 20.0 MB · …&quot;).</extracomment>
        <translation>Teil %1 von %2 wird hochgeladen: %3</translation>
    </message>
    <message>
        <source>Note: the pack could not be marked as posted (%1).</source>
        <extracomment>%1 explains why the mark could not be saved.</extracomment>
        <translation>Hinweis: Das Paket konnte nicht als gepostet markiert werden (%1).</translation>
    </message>
    <message>
        <source>The pack folder or name.</source>
        <translation>Der Paketordner oder der Name des Pakets.</translation>
    </message>
    <message>
        <source>Post directly to the profile instead of the inbox (requires --privacy).</source>
        <translation>Direkt im Profil posten statt in den Posteingang (erfordert --privacy).</translation>
    </message>
    <message>
        <source>Who can see a direct post; no default: everyone, friends, followers or only-me (or TikTok&apos;s names PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, FOLLOWER_OF_CREATOR, SELF_ONLY).</source>
        <translation>Wer einen direkten Beitrag sehen kann; ohne Standardwert: everyone, friends, followers oder only-me (oder die Namen von TikTok: PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, FOLLOWER_OF_CREATOR, SELF_ONLY).</translation>
    </message>
    <message>
        <source>Direct post: turn comments off.</source>
        <translation>Direkter Beitrag: Kommentare ausschalten.</translation>
    </message>
    <message>
        <source>Direct post: turn duets off.</source>
        <translation>Direkter Beitrag: Duette ausschalten.</translation>
    </message>
    <message>
        <source>Direct post: turn stitches off.</source>
        <translation>Direkter Beitrag: Stitches ausschalten.</translation>
    </message>
    <message>
        <source>Sandbox apps: send even when today&apos;s budget of 20 API calls may not be enough.</source>
        <translation>Sandbox-Apps: auch dann senden, wenn das heutige Kontingent von 20 API-Aufrufen womöglich nicht reicht.</translation>
    </message>
    <message>
        <source>which pack? Name a pack folder or a pack in the exports folder.</source>
        <translation>welches Paket? Nennen Sie einen Paketordner oder ein Paket im Exportordner.</translation>
    </message>
    <message>
        <source>--direct needs --privacy LEVEL: TikTok requires an explicit choice of who can see the post.</source>
        <translation>--direct braucht --privacy LEVEL: TikTok verlangt eine ausdrückliche Wahl, wer den Beitrag sehen kann.</translation>
    </message>
    <message>
        <source>unknown privacy level &apos;%1&apos; (everyone, friends, followers or only-me)</source>
        <translation>unbekannte Sichtbarkeitsstufe &apos;%1&apos; (everyone, friends, followers oder only-me)</translation>
    </message>
    <message>
        <source>--%1 applies to a direct post only (add --direct)</source>
        <translation>--%1 gilt nur für einen direkten Beitrag (ergänzen Sie --direct)</translation>
    </message>
    <message>
        <source>There is no pack &apos;%1&apos; (neither a folder nor a pack in %2).</source>
        <extracomment>%1 is what was given, %2 the exports folder.</extracomment>
        <translation>Es gibt kein Paket &apos;%1&apos; (weder einen Ordner noch ein Paket in %2).</translation>
    </message>
    <message>
        <source>The pack %1 cannot be sent: %2</source>
        <extracomment>%1 is the pack&apos;s name, %2 its problems.</extracomment>
        <translation>Das Paket %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Pack %1: %2, %3</source>
        <extracomment>%1 is the pack&apos;s name, %2 the video&apos;s size.</extracomment>
        <translation>Paket %1: %2, %3</translation>
    </message>
    <message>
        <source>Sends a handoff pack&apos;s video to TikTok through the Content Posting API: to the account&apos;s TikTok inbox as a draft (the default; needs video.upload), or as a direct post with --direct (needs video.publish). PACK is a pack folder, or the name of a pack in the exports folder. The pack is marked as posted only when TikTok confirms. A pack TikTok already confirmed is not sent again (without --again); an interrupted send is continued, never sent twice.
Exit code: 0 TikTok confirmed (in the inbox or published), now or before, 1 not sent or not confirmed, 2 usage error.</source>
        <translation>Sendet das Video eines Übergabepakets über die Content Posting API an TikTok: als Entwurf in den TikTok-Posteingang des Kontos (Standard; braucht video.upload) oder mit --direct als direkten Beitrag (braucht video.publish). PACK ist ein Paketordner oder der Name eines Pakets im Exportordner. Das Paket wird erst als gepostet markiert, wenn TikTok bestätigt. Ein von TikTok bereits bestätigtes Paket wird nicht erneut gesendet (ohne --again); ein unterbrochener Versand wird fortgesetzt, nie doppelt gesendet.
Rückgabewert: 0 von TikTok bestätigt (im Posteingang oder veröffentlicht), jetzt oder früher, 1 nicht gesendet oder nicht bestätigt, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>If TikTok does not have this pack yet (look in the TikTok app&apos;s inbox and on the profile), send it anyway with --again.</source>
        <translation>Wenn TikTok dieses Paket noch nicht hat (sehen Sie im Posteingang der TikTok-App und im Profil nach), senden Sie es mit --again trotzdem.</translation>
    </message>
    <message>
        <source>Send the pack even though TikTok already confirmed it (a second post), or even though the publish journal is damaged (it is kept aside and a new one started).</source>
        <translation>Das Paket senden, obwohl TikTok es bereits bestätigt hat (ein zweiter Beitrag) oder obwohl das Veröffentlichungsjournal beschädigt ist (es wird beiseitegelegt und ein neues begonnen).</translation>
    </message>
</context>
<context>
    <name>Skybeam::CopyableField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 is what is copied, e.g. &quot;Redirect URI&quot;</extracomment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialFile</name>
    <message>
        <source>empty (null)</source>
        <translation>leer (null)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has spaces or line breaks around it; they are ignored.</source>
        <translation>%1: „%2“ hat Leerzeichen oder Zeilenumbrüche davor oder danach; sie werden ignoriert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be text but is %3; it is ignored.</source>
        <translation>%1: „%2“ sollte Text sein, ist aber %3; der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as text (&quot;%3&quot;) but should be a number; it is read as %4.</source>
        <translation>%1: „%2“ ist als Text gespeichert („%3“), sollte aber eine Zahl sein; der Wert wird als %4 gelesen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be a whole number of seconds but is %3; it is ignored.</source>
        <translation>%1: „%2“ sollte eine ganze Zahl von Sekunden sein, ist aber %3; der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 ist eine Verknüpfung auf eine Datei, die nicht existiert.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Move it away, then run setup again.</source>
        <translation>%1 ist ein Ordner, keine Datei. Verschieben Sie ihn und starten Sie die Einrichtung dann erneut.</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential file (%2 bytes; a real one is under 2 KB). It may have been overwritten by something else.</source>
        <translation>%1 ist zu groß für eine Zugangsdatei (%2 Bytes; eine echte ist kleiner als 2 KB). Vielleicht wurde sie von etwas anderem überschrieben.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that it belongs to you (chmod 600 %1).</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei Ihnen gehört (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential file.</source>
        <translation>%1 ist zu groß für eine Zugangsdatei.</translation>
    </message>
    <message>
        <source>%1 is empty. Run setup again to write it.</source>
        <translation>%1 ist leer. Starten Sie die Einrichtung erneut, um die Datei zu schreiben.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3). It may be cut short or hand-edited; run setup again to rewrite it.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Zeichen %3). Vielleicht ist die Datei abgeschnitten oder von Hand bearbeitet; starten Sie die Einrichtung erneut, um sie neu zu schreiben.</translation>
    </message>
    <message>
        <source>%1 holds JSON, but not an object with named fields such as &quot;client_key&quot;.</source>
        <translation>%1 enthält JSON, aber kein Objekt mit benannten Feldern wie „client_key“.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Check that you can write to %2.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie in %2 schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder. Move it away, then try again.</source>
        <translation>%1 existiert, ist aber kein Ordner. Verschieben Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user (%2), so your keys are not written there. Fix its owner (chown) or choose another SKYBEAM folder.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer (%2), deshalb werden Ihre Schlüssel nicht dort geschrieben. Korrigieren Sie den Besitzer (chown) oder wählen Sie einen anderen SKYBEAM-Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 can be opened by other users and its permissions could not be restricted. Run: chmod 700 %1</source>
        <translation>Der Ordner %1 kann von anderen Benutzern geöffnet werden, und seine Berechtigungen ließen sich nicht einschränken. Führen Sie aus: chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. For safety, keys are never written through a link; remove the link and try again.</source>
        <translation>%1 ist eine symbolische Verknüpfung. Aus Sicherheitsgründen werden Schlüssel nie über eine Verknüpfung geschrieben; entfernen Sie die Verknüpfung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 exists but is not a regular file. Move it away, then try again.</source>
        <translation>%1 existiert, ist aber keine normale Datei. Verschieben Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Another SKYBEAM Setup is saving %1 right now. Wait a moment and try again.</source>
        <translation>Ein anderes SKYBEAM Setup speichert gerade %1. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written: nothing can be created in %2 (the disk may be full or the folder read-only). The previous file is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: In %2 lässt sich nichts anlegen (vielleicht ist der Datenträger voll oder der Ordner schreibgeschützt). Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2); nothing was changed.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The previous file is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be protected (chmod 600 failed). The previous file is unchanged.</source>
        <translation>%1 konnte nicht geschützt werden (chmod 600 ist fehlgeschlagen). Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The folder %1 is a symbolic link (to %2). For safety, keys are never written through a link; replace it with a real folder and try again.</source>
        <translation>Der Ordner %1 ist ein symbolischer Link (auf %2). Aus Sicherheitsgründen werden Schlüssel nie über einen Link geschrieben; ersetzen Sie ihn durch einen echten Ordner und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialInputCleaner</name>
    <message>
        <source>Removed the label &quot;%1&quot;.</source>
        <translation>Die Beschriftung „%1“ wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n space(s).</source>
        <translation>
            <numerusform>%n Leerzeichen entfernt.</numerusform>
            <numerusform>%n Leerzeichen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n line break(s).</source>
        <translation>
            <numerusform>%n Zeilenumbruch entfernt.</numerusform>
            <numerusform>%n Zeilenumbrüche entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible character(s).</source>
        <translation>
            <numerusform>%n unsichtbares Zeichen entfernt.</numerusform>
            <numerusform>%n unsichtbare Zeichen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the quotes around the value.</source>
        <translation>Die Anführungszeichen um den Wert wurden entfernt.</translation>
    </message>
    <message>
        <source>Removed a trailing comma.</source>
        <translation>Ein Komma am Ende wurde entfernt.</translation>
    </message>
    <message>
        <source>This is a sandbox key: posts are visible only to you, and TikTok allows about 20 API calls a day.</source>
        <translation>Das ist ein Sandbox-Schlüssel: Beiträge sind nur für Sie sichtbar, und TikTok erlaubt etwa 20 API-Aufrufe am Tag.</translation>
    </message>
    <message>
        <source>This looks like the App ID (a number). Copy the Client Key instead: it is listed under &quot;Keys and Credentials&quot; on your app&apos;s page.</source>
        <translation>Das sieht nach der „App ID“ (einer Zahl) aus. Kopieren Sie stattdessen den „Client Key“: Er steht unter „Keys and Credentials“ auf der Seite Ihrer App.</translation>
    </message>
    <message>
        <source>Client keys usually start with &quot;aw&quot; (or &quot;sbaw&quot; for sandbox apps). Check that this is the Client Key and not the Client Secret.</source>
        <translation>Client-Schlüssel beginnen meist mit „aw“ (oder „sbaw“ bei Sandbox-Apps). Prüfen Sie, ob das der „Client Key“ ist und nicht das „Client Secret“.</translation>
    </message>
    <message>
        <source>This looks like the Client Key. Paste the Client Secret here: it is listed just below the key and hidden until you click to reveal it.</source>
        <translation>Das sieht nach dem „Client Key“ aus. Fügen Sie hier das „Client Secret“ ein: Es steht direkt unter dem Schlüssel und ist verborgen, bis Sie es per Klick aufdecken.</translation>
    </message>
    <message>
        <source>This looks like a TikTok token, not an app key. Copy the value from &quot;Keys and Credentials&quot; on your app&apos;s page.</source>
        <translation>Das sieht nach einem TikTok-Token aus, nicht nach einem App-Schlüssel. Kopieren Sie den Wert aus „Keys and Credentials“ auf der Seite Ihrer App.</translation>
    </message>
    <message>
        <source>This is a web address, not a key. Copy the value itself from &quot;Keys and Credentials&quot;.</source>
        <translation>Das ist eine Webadresse, kein Schlüssel. Kopieren Sie den Wert selbst aus „Keys and Credentials“.</translation>
    </message>
    <message>
        <source>This contains characters that TikTok keys never have. Copy the value again from &quot;Keys and Credentials&quot;.</source>
        <translation>Hier stehen Zeichen, die in TikTok-Schlüsseln nie vorkommen. Kopieren Sie den Wert noch einmal aus „Keys and Credentials“.</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialStatus</name>
    <message>
        <source>The file has no client key.</source>
        <translation>Die Datei enthält keinen Client-Schlüssel.</translation>
    </message>
    <message>
        <source>The file does not say when TikTok access expires.</source>
        <translation>Die Datei gibt nicht an, wann der TikTok-Zugang abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n minute(s).</source>
        <translation>
            <numerusform>Der TikTok-Zugang läuft in %n Minute ab.</numerusform>
            <numerusform>Der TikTok-Zugang läuft in %n Minuten ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n hour(s).</source>
        <translation>
            <numerusform>Der TikTok-Zugang läuft in %n Stunde ab.</numerusform>
            <numerusform>Der TikTok-Zugang läuft in %n Stunden ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n day(s).</source>
        <translation>
            <numerusform>Der TikTok-Zugang läuft in %n Tag ab.</numerusform>
            <numerusform>Der TikTok-Zugang läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok is not set up on this computer yet.</source>
        <translation>TikTok ist auf diesem Computer noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The TikTok credential file cannot be used.</source>
        <translation>Die TikTok-Zugangsdatei ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Your app keys are saved, but TikTok access has not been granted yet.</source>
        <translation>Die Schlüssel Ihrer App sind gespeichert, aber TikTok hat den Zugang noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>TikTok is connected and working.</source>
        <translation>TikTok ist verbunden und funktioniert.</translation>
    </message>
    <message>
        <source>TikTok access has expired, but it can be renewed without signing in.</source>
        <translation>Der TikTok-Zugang ist abgelaufen, lässt sich aber ohne Anmeldung erneuern.</translation>
    </message>
    <message>
        <source>TikTok access has expired and can no longer be renewed.</source>
        <translation>Der TikTok-Zugang ist abgelaufen und lässt sich nicht mehr erneuern.</translation>
    </message>
    <message>
        <source>Access was granted today.</source>
        <translation>Der Zugang wurde heute erteilt.</translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago.</source>
        <translation>
            <numerusform>Der Zugang wurde vor %n Tag erteilt.</numerusform>
            <numerusform>Der Zugang wurde vor %n Tagen erteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Set up TikTok to connect the SKYBEAM publisher, or keep using Handoff mode: the publisher then prepares upload packs that you post yourself.</source>
        <translation>Wählen Sie „TikTok einrichten“, um den SKYBEAM-Publisher zu verbinden, oder bleiben Sie beim Übergabemodus: Dann bereitet der Publisher Übergabepakete vor, die Sie selbst posten.</translation>
    </message>
    <message>
        <source>%1 (%2). Set up TikTok again to replace it; the old file is kept as a backup.</source>
        <translation>%1 (%2). Richten Sie TikTok neu ein, um die Datei zu ersetzen; die alte Datei wird als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Sign in with TikTok to let the publisher post for you.</source>
        <translation>Melden Sie sich mit TikTok an, damit der Publisher für Sie posten kann.</translation>
    </message>
    <message>
        <source>The access token expired, which is normal after a day without publishing. Renew now gets a new one with the saved refresh token. %1</source>
        <translation>Das Zugriffstoken ist abgelaufen, das ist nach einem Tag ohne Veröffentlichung normal. „Jetzt erneuern“ holt mit dem gespeicherten Aktualisierungstoken ein neues. %1</translation>
    </message>
    <message>
        <source>Re-authorize: sign in with TikTok again in your browser. Your saved app keys are used, so there is nothing to type. %1</source>
        <translation>Autorisieren Sie erneut: Melden Sie sich im Browser wieder mit TikTok an. Die gespeicherten Schlüssel Ihrer App werden verwendet, Sie müssen also nichts eintippen. %1</translation>
    </message>
    <message>
        <source>Re-authorize now: it has been overdue since %1 (every 30 days, as the runbook asks).</source>
        <translation>Jetzt erneut autorisieren: Das ist seit dem %1 überfällig (alle 30 Tage, wie es das Runbook verlangt).</translation>
    </message>
    <message>
        <source>Re-authorize now: TikTok access can no longer be renewed.</source>
        <translation>Jetzt erneut autorisieren: Der TikTok-Zugang lässt sich nicht mehr erneuern.</translation>
    </message>
    <message>
        <source>Re-authorize by %1 (every 30 days, as the runbook asks): start SKYBEAM Setup and choose Re-authorize.</source>
        <translation>Autorisieren Sie bis zum %1 erneut (alle 30 Tage, wie es das Runbook verlangt): Starten Sie SKYBEAM Setup und wählen Sie „Erneut autorisieren“.</translation>
    </message>
    <message>
        <source>TikTok is connected; re-authorize by %1.</source>
        <translation>TikTok ist verbunden; autorisieren Sie bis zum %1 erneut.</translation>
    </message>
    <message>
        <source>It is time to re-authorize: overdue since %1.</source>
        <translation>Zeit für die erneute Autorisierung: überfällig seit dem %1.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts the saved access: re-authorize.</source>
        <translation>TikTok akzeptiert den gespeicherten Zugang nicht mehr: Autorisieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. For security, the runbook asks you to re-authorize every 30 days: sign in with TikTok again; your saved app keys are used.</source>
        <translation>
            <numerusform>Der Zugang wurde vor %n Tag erteilt. Aus Sicherheitsgründen verlangt das Runbook, alle 30 Tage erneut zu autorisieren: Melden Sie sich wieder bei TikTok an; Ihre gespeicherten App-Schlüssel werden verwendet.</numerusform>
            <numerusform>Der Zugang wurde vor %n Tagen erteilt. Aus Sicherheitsgründen verlangt das Runbook, alle 30 Tage erneut zu autorisieren: Melden Sie sich wieder bei TikTok an; Ihre gespeicherten App-Schlüssel werden verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialStore</name>
    <message>
        <source>The system keychain is not used.</source>
        <translation>Der Passwortspeicher des Systems wird nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2), so its keys and tokens are not used. Remove it, then sign in with TikTok again.</source>
        <extracomment>%1 is a file path, %2 a user name.</extracomment>
        <translation>%1 gehört einem anderen Benutzer (%2), daher werden seine Schlüssel und Tokens nicht verwendet. Entfernen Sie die Datei und melden Sie sich dann erneut bei TikTok an.</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialValidator</name>
    <message>
        <source>Only you can read the credential file.</source>
        <translation>Nur Sie können die Zugangsdatei lesen.</translation>
    </message>
    <message>
        <source>Other users on this computer can read the credential file (mode %1). Use Fix, or run chmod 600 on it.</source>
        <translation>Andere Benutzer dieses Computers können die Zugangsdatei lesen (Modus %1). Nutzen Sie „Berechtigungen korrigieren“ oder führen Sie chmod 600 dafür aus.</translation>
    </message>
    <message>
        <source>There is no access token. Sign in with TikTok again.</source>
        <translation>Es gibt kein Zugriffstoken. Melden Sie sich erneut mit TikTok an.</translation>
    </message>
    <message>
        <source>There is no refresh token, so the access token cannot be renewed. Sign in with TikTok again.</source>
        <translation>Es gibt kein Aktualisierungstoken, daher kann das Zugriffstoken nicht erneuert werden. Melden Sie sich erneut mit TikTok an.</translation>
    </message>
    <message>
        <source>The file does not say when this token expires. Saving it again with SKYBEAM Setup records the time.</source>
        <translation>Die Datei gibt nicht an, wann dieses Token abläuft. Wenn Sie es mit SKYBEAM Setup erneut speichern, wird die Zeit festgehalten.</translation>
    </message>
    <message>
        <source>The access token has expired. Use Renew now; the publisher also renews it automatically.</source>
        <translation>Das Zugriffstoken ist abgelaufen. Nutzen Sie „Jetzt erneuern“; der Publisher erneuert es auch automatisch.</translation>
    </message>
    <message>
        <source>The refresh token has expired. Sign in with TikTok again (Re-authorize).</source>
        <translation>Das Aktualisierungstoken ist abgelaufen. Melden Sie sich erneut mit TikTok an („Erneut autorisieren“).</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>The account allowed uploading videos.</source>
        <translation>Das Konto hat das Hochladen von Videos erlaubt.</translation>
    </message>
    <message>
        <source>Uploading videos was not allowed (scope video.upload). The app may not be approved for the Content Posting API yet, or the permission was unticked in the browser.</source>
        <translation>Das Hochladen von Videos wurde nicht erlaubt (Scope video.upload). Vielleicht ist die App noch nicht für die Content Posting API genehmigt, oder das Häkchen für diese Berechtigung wurde im Browser entfernt.</translation>
    </message>
    <message>
        <source>The file does not say when TikTok access was granted.</source>
        <translation>Die Datei gibt nicht an, wann der TikTok-Zugang erteilt wurde.</translation>
    </message>
    <message>
        <source>There is no credential file to fix yet.</source>
        <translation>Es gibt noch keine Zugangsdatei zum Korrigieren.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; its permissions are not changed through the link.</source>
        <translation>%1 ist eine symbolische Verknüpfung; ihre Berechtigungen werden nicht über die Verknüpfung geändert.</translation>
    </message>
    <message>
        <source>The permissions could not be changed. Run: chmod 700 %1 &amp;&amp; chmod 600 %2</source>
        <translation>Die Berechtigungen konnten nicht geändert werden. Führen Sie aus: chmod 700 %1 &amp;&amp; chmod 600 %2</translation>
    </message>
    <message>
        <source>The credential file belongs to another user (%1). Someone may have put it there: its tokens are not used. Remove it and sign in with TikTok again.</source>
        <translation>Die Zugangsdatei gehört einem anderen Benutzer (%1). Jemand könnte sie dort abgelegt haben: Ihre Tokens werden nicht verwendet. Entfernen Sie sie und melden Sie sich erneut bei TikTok an.</translation>
    </message>
    <message>
        <source>The access token has expired. Re-authorize: sign in with TikTok again.</source>
        <translation>Das Zugriffstoken ist abgelaufen. Autorisieren Sie erneut: Melden Sie sich wieder bei TikTok an.</translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. For security, re-authorize every 30 days: overdue since %1.</source>
        <translation>
            <numerusform>Der Zugang wurde vor %n Tag erteilt. Aus Sicherheitsgründen alle 30 Tage erneut autorisieren: überfällig seit dem %1.</numerusform>
            <numerusform>Der Zugang wurde vor %n Tagen erteilt. Aus Sicherheitsgründen alle 30 Tage erneut autorisieren: überfällig seit dem %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. Re-authorize by %1.</source>
        <translation>
            <numerusform>Der Zugang wurde vor %n Tag erteilt. Erneut autorisieren bis zum %1.</numerusform>
            <numerusform>Der Zugang wurde vor %n Tagen erteilt. Erneut autorisieren bis zum %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialsPage</name>
    <message>
        <source>Enter your app&apos;s keys</source>
        <translation>Die Schlüssel Ihrer App eingeben</translation>
    </message>
    <message>
        <source>Copy the Client Key and the Client Secret from Keys and Credentials on your app&apos;s page in the TikTok developer portal, and paste them here.</source>
        <translation>Kopieren Sie den „Client Key“ und das „Client Secret“ aus „Keys and Credentials“ auf der Seite Ihrer App im TikTok-Entwicklerportal und fügen Sie beide hier ein.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>for example awk1x2y3z4</source>
        <translation>zum Beispiel awk1x2y3z4</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>Geheimnis &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Das Client-Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Advanced: redirect URI and scopes</source>
        <translation>Erweitert: Redirect URI und Scopes</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Stan&amp;dardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the default redirect URI and scopes</source>
        <translation>Die Standardwerte für Redirect URI und Scopes wiederherstellen</translation>
    </message>
    <message>
        <source>Both must match your app&apos;s settings in the developer portal character for character. Scopes are separated by commas.</source>
        <translation>Beide müssen Zeichen für Zeichen mit den Einstellungen Ihrer App im Entwicklerportal übereinstimmen. Scopes werden durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Redirect URI:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Cleaned up: %1</source>
        <translation>Bereinigt: %1</translation>
    </message>
    <message>
        <source>Enter at least one scope, such as user.info.basic.</source>
        <translation>Geben Sie mindestens einen Scope ein, zum Beispiel user.info.basic.</translation>
    </message>
    <message>
        <source>The Client Key from Keys and Credentials on your app&apos;s page in the TikTok developer portal.</source>
        <translation>Der „Client Key“ aus „Keys and Credentials“ auf der Seite Ihrer App im TikTok-Entwicklerportal.</translation>
    </message>
    <message>
        <source>The Client Secret from Keys and Credentials on your app&apos;s page in the TikTok developer portal. It is hidden unless Show the secret is ticked.</source>
        <translation>Das „Client Secret“ aus „Keys and Credentials“ auf der Seite Ihrer App im TikTok-Entwicklerportal. Es bleibt verborgen, solange „Geheimnis anzeigen“ nicht angehakt ist.</translation>
    </message>
    <message>
        <source>Must match a redirect URI registered for your app under Login Kit, character for character.</source>
        <translation>Muss Zeichen für Zeichen mit einer Redirect URI übereinstimmen, die für Ihre App unter Login Kit registriert ist.</translation>
    </message>
    <message>
        <source>TikTok permissions to ask for, separated by commas, such as user.info.basic,video.upload.</source>
        <translation>Die anzufordernden TikTok-Berechtigungen, durch Kommas getrennt, zum Beispiel user.info.basic,video.upload.</translation>
    </message>
</context>
<context>
    <name>Skybeam::Doctor</name>
    <message>
        <source>Not checked: it talks to TikTok. Run the doctor with --live (or choose Check connection) to include it.</source>
        <translation>Nicht geprüft: Dafür wird mit TikTok gesprochen. Starten Sie die Diagnose mit --live (oder wählen Sie Verbindung prüfen), um es einzuschließen.</translation>
    </message>
    <message>
        <source>The new redirect URI could not be saved in %1.</source>
        <translation>Die neue Weiterleitungs-URI konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Skybeam::DoctorDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>Diagnose a problem</source>
        <translation>Ein Problem untersuchen</translation>
    </message>
    <message>
        <source>Talks to TikTok: one API call for the connection and up to two for the account, which count against a sandbox app&apos;s daily budget.</source>
        <translation>Spricht mit TikTok: ein API-Aufruf für die Verbindung und bis zu zwei für das Konto, die auf das Tageskontingent einer Sandbox-App zählen.</translation>
    </message>
    <message>
        <source>Checking, and asking TikTok…</source>
        <translation>Wird geprüft, TikTok wird gefragt…</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>Be&amp;heben</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Some checks found a problem; each says what to do.</source>
        <translation>Einige Prüfungen haben ein Problem gefunden; jede sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Nothing is broken, but some checks have a warning.</source>
        <translation>Nichts ist kaputt, aber einige Prüfungen haben eine Warnung.</translation>
    </message>
    <message>
        <source>Everything checked works.</source>
        <translation>Alles Geprüfte funktioniert.</translation>
    </message>
</context>
<context>
    <name>Skybeam::DonePage</name>
    <message>
        <source>Browse handoff &amp;packs</source>
        <translation>Übergabepakete &amp;ansehen</translation>
    </message>
    <message>
        <source>Browse handoff packs</source>
        <translation>Übergabepakete ansehen</translation>
    </message>
    <message>
        <source>TikTok account:</source>
        <translation>TikTok-Konto:</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Credential file:</source>
        <translation>Zugangsdatei:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Renews by itself until:</source>
        <translation>Automatische Erneuerung bis:</translation>
    </message>
    <message>
        <source>Posting by hand meanwhile, or as a fallback? The publisher&apos;s upload packs are one click away:</source>
        <translation>Möchten Sie bis dahin oder im Notfall von Hand posten? Die Übergabepakete des Publishers sind nur einen Klick entfernt:</translation>
    </message>
    <message>
        <source>TikTok is set up</source>
        <translation>TikTok ist eingerichtet</translation>
    </message>
    <message>
        <source>TikTok is not set up yet</source>
        <translation>TikTok ist noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>The SKYBEAM publisher can post to TikTok.</source>
        <translation>Der SKYBEAM-Publisher kann auf TikTok posten.</translation>
    </message>
    <message>
        <source>Until it is, the publisher keeps preparing handoff packs for posting by hand.</source>
        <translation>Bis dahin bereitet der Publisher weiterhin Übergabepakete zum Posten von Hand vor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sandbox: posts visible only to you</source>
        <translation>Sandbox: Beiträge nur für Sie sichtbar</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>also kept in the system keychain</source>
        <translation>liegt auch im Passwortspeicher des Systems</translation>
    </message>
    <message>
        <source>only in the credential file (no system keychain)</source>
        <translation>nur in der Zugangsdatei (kein Passwortspeicher des Systems)</translation>
    </message>
    <message>
        <source>only in the credential file</source>
        <translation>nur in der Zugangsdatei</translation>
    </message>
    <message>
        <source>Re&amp;mind me when it is time to re-authorize</source>
        <translation>&amp;Erinnern, wenn es Zeit zum erneuten Autorisieren ist</translation>
    </message>
    <message>
        <source>Remind me when it is time to re-authorize</source>
        <translation>Erinnern, wenn es Zeit zum erneuten Autorisieren ist</translation>
    </message>
    <message>
        <source>A daily check shows a desktop notification from 5 days before the 30-day date.</source>
        <translation>Eine tägliche Prüfung zeigt ab 5 Tage vor dem 30-Tage-Datum eine Desktop-Benachrichtigung.</translation>
    </message>
    <message>
        <source>The reminders could not be changed: %1 Run &quot;skybeam-setup remind --enable&quot; later, or choose Finish to close without them.</source>
        <translation>Die Erinnerungen konnten nicht geändert werden: %1 Führen Sie später „skybeam-setup remind --enable“ aus, oder wählen Sie Fertigstellen, um ohne sie zu schließen.</translation>
    </message>
</context>
<context>
    <name>Skybeam::Error</name>
    <message>
        <source>%1 (TikTok log ID for support: %2)</source>
        <extracomment>%1 is an error message, %2 an identifier TikTok support can look up.</extracomment>
        <translation>%1 (TikTok-Protokoll-ID für den Support: %2)</translation>
    </message>
</context>
<context>
    <name>Skybeam::FileRangeDevice</name>
    <message>
        <source>The range can only be read.</source>
        <translation>Der Bereich kann nur gelesen werden.</translation>
    </message>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>Die Datei ist kürzer als erwartet.</translation>
    </message>
</context>
<context>
    <name>Skybeam::HandoffPackModel</name>
    <message>
        <source>No pack is selected.</source>
        <translation>Kein Paket ausgewählt.</translation>
    </message>
    <message>
        <source>This pack is broken (see its problems), so it cannot have been posted; it is not marked.</source>
        <translation>Dieses Paket ist defekt (siehe seine Probleme), kann also nicht gepostet worden sein; es wird nicht markiert.</translation>
    </message>
</context>
<context>
    <name>Skybeam::HandoffViewer</name>
    <message>
        <source>Handoff packs - SKYBEAM TikTok Setup</source>
        <translation>Übergabepakete - SKYBEAM TikTok Setup</translation>
    </message>
    <message>
        <source>Search captions, hashtags and names</source>
        <translation>Beschreibungen, Hashtags und Namen durchsuchen</translation>
    </message>
    <message>
        <source>Search packs</source>
        <translation>Pakete durchsuchen</translation>
    </message>
    <message>
        <source>Show packs</source>
        <translation>Angezeigte Pakete</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gepostet</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <source>Sort packs</source>
        <translation>Pakete sortieren</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Als Liste anzeigen</translation>
    </message>
    <message>
        <source>Show as list (Ctrl+1)</source>
        <translation>Als Liste anzeigen (Strg+1)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>Als Raster anzeigen</translation>
    </message>
    <message>
        <source>Show as grid (Ctrl+2)</source>
        <translation>Als Raster anzeigen (Strg+2)</translation>
    </message>
    <message>
        <source>&amp;Open TikTok upload page</source>
        <translation>TikTok-Upload-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open TikTok upload page</source>
        <translation>TikTok-Upload-Seite öffnen</translation>
    </message>
    <message>
        <source>Then drag a pack from this list onto the upload page, and paste its caption.</source>
        <translation>Ziehen Sie dann ein Paket aus dieser Liste auf die Upload-Seite und fügen Sie seine Beschreibung ein.</translation>
    </message>
    <message>
        <source>Upload page address</source>
        <translation>Adresse der Upload-Seite</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the upload page address</source>
        <translation>Die Adresse der Upload-Seite kopieren</translation>
    </message>
    <message>
        <source>Handoff packs</source>
        <translation>Übergabepakete</translation>
    </message>
    <message>
        <source>Select a pack to see its caption, video and files.</source>
        <translation>Wählen Sie ein Paket aus, um seine Beschreibung, sein Video und seine Dateien zu sehen.</translation>
    </message>
    <message>
        <source>Packs in %1</source>
        <translation>Pakete in %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>This pack was removed from the folder.</source>
        <translation>Dieses Paket wurde aus dem Ordner entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pack(s)</source>
        <translation>
            <numerusform>%1 von %n Paket</numerusform>
            <numerusform>%1 von %n Paketen</numerusform>
        </translation>
    </message>
    <message>
        <source>No packs yet. The folder %1 does not exist; the publisher creates it when it writes its first pack in Handoff mode. Packs will appear here by themselves.</source>
        <translation>Noch keine Pakete. Der Ordner %1 existiert nicht; der Publisher legt ihn an, wenn er im Übergabemodus sein erstes Paket schreibt. Pakete erscheinen hier von selbst.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read. Check its permissions.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Reading packs…</source>
        <translation>Pakete werden gelesen …</translation>
    </message>
    <message>
        <source>No packs in %1 yet. New packs appear here by themselves.</source>
        <translation>Noch keine Pakete in %1. Neue Pakete erscheinen hier von selbst.</translation>
    </message>
    <message>
        <source>No pack matches the search or the filter.</source>
        <translation>Kein Paket passt zur Suche oder zum Filter.</translation>
    </message>
    <message>
        <source>The upload page is opening in your browser.</source>
        <translation>Die Upload-Seite wird in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in your browser.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link und öffnen Sie ihn in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Caption copied. Paste it into the caption box on the upload page.</source>
        <translation>Beschreibung kopiert. Fügen Sie sie auf der Upload-Seite in das Feld für die Beschreibung ein.</translation>
    </message>
    <message>
        <source>Marked as posted.</source>
        <translation>Als gepostet markiert.</translation>
    </message>
    <message>
        <source>Marked as not posted.</source>
        <translation>Als nicht gepostet markiert.</translation>
    </message>
    <message>
        <source>No file manager could be opened. The folder is %1</source>
        <translation>Es konnte keine Dateiverwaltung geöffnet werden. Der Ordner ist %1</translation>
    </message>
    <message>
        <source>Details of the selected pack</source>
        <translation>Details des ausgewählten Pakets</translation>
    </message>
    <message>
        <source>TikTok inbox uploads</source>
        <translation>Uploads in den TikTok-Posteingang</translation>
    </message>
</context>
<context>
    <name>Skybeam::JournalContents</name>
    <message>
        <source>SKYBEAM&apos;s publish journal was damaged and started anew on %1 (the damaged one is kept as %2), so SKYBEAM cannot tell whether this pack was sent to TikTok before that. Nothing was sent.</source>
        <extracomment>%1 is a date and time, %2 the path of the damaged journal&apos;s copy.</extracomment>
        <translation>Das Veröffentlichungsjournal von SKYBEAM war beschädigt und wurde am %1 neu begonnen (das beschädigte ist als %2 aufbewahrt), daher kann SKYBEAM nicht erkennen, ob dieses Paket vorher an TikTok gesendet wurde. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>Skybeam::JournalEntry</name>
    <message>
        <source>Sending (interrupted)</source>
        <translation>Wird gesendet (unterbrochen)</translation>
    </message>
    <message>
        <source>Processing at TikTok</source>
        <translation>Wird bei TikTok verarbeitet</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gepostet</translation>
    </message>
    <message>
        <source>In the TikTok inbox</source>
        <translation>Im TikTok-Posteingang</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is why TikTok or SKYBEAM refused the post.</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Abandoned (never posted)</source>
        <translation>Aufgegeben (nie gepostet)</translation>
    </message>
</context>
<context>
    <name>Skybeam::KeychainCheck</name>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>There is no desktop session bus (D-Bus), so no keychain can be reached; your client secret stays only in the credential file and must be typed again to re-authorize.</source>
        <translation>Es gibt keinen Sitzungsbus des Desktops (D-Bus), daher ist kein Schlüsselbund erreichbar; Ihr Client-Secret bleibt nur in der Zugangsdatei und muss zum erneuten Autorisieren wieder eingegeben werden.</translation>
    </message>
    <message>
        <source>Run SKYBEAM Setup from your desktop session, or over ssh inside dbus-run-session with a keyring unlocked.</source>
        <translation>Starten Sie SKYBEAM Setup aus Ihrer Desktop-Sitzung, oder über ssh innerhalb von dbus-run-session mit entsperrtem Schlüsselbund.</translation>
    </message>
    <message>
        <source>No keychain was asked.</source>
        <translation>Es wurde kein Schlüsselbund gefragt.</translation>
    </message>
    <message>
        <source>No keyring service (such as GNOME Keyring or KWallet) answers on this desktop session; your client secret must be typed again to re-authorize.</source>
        <translation>In dieser Desktop-Sitzung antwortet kein Schlüsselbund-Dienst (etwa GNOME Keyring oder KWallet); Ihr Client-Secret muss zum erneuten Autorisieren wieder eingegeben werden.</translation>
    </message>
    <message>
        <source>Install and start a keyring, for example: sudo apt install gnome-keyring, then log in again.</source>
        <translation>Installieren und starten Sie einen Schlüsselbund, zum Beispiel: sudo apt install gnome-keyring, und melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <source>The keychain is locked, so SKYBEAM Setup cannot read the client secret from it.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann SKYBEAM Setup das Client-Secret nicht daraus lesen.</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop, or open Passwords and Keys and unlock the Login keyring), then run the check again.</source>
        <translation>Entsperren Sie den Schlüsselbund (am Desktop anmelden, oder „Passwörter und Verschlüsselung“ öffnen und den Schlüsselbund „Anmeldung“ entsperren) und prüfen Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s): it is probably locked and waiting for its password.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet: Er ist wahrscheinlich gesperrt und wartet auf sein Passwort.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet: Er ist wahrscheinlich gesperrt und wartet auf sein Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain answers and is unlocked.</source>
        <translation>Der Schlüsselbund antwortet und ist entsperrt.</translation>
    </message>
    <message>
        <source>The keychain answers, is unlocked and holds the client secret for this app.</source>
        <translation>Der Schlüsselbund antwortet, ist entsperrt und enthält das Client-Secret dieser App.</translation>
    </message>
    <message>
        <source>The keychain answers, but holds no client secret for this app.</source>
        <translation>Der Schlüsselbund antwortet, enthält aber kein Client-Secret für diese App.</translation>
    </message>
    <message>
        <source>Re-authorize once in the wizard; the secret is then kept in the keychain.</source>
        <translation>Autorisieren Sie einmal im Assistenten erneut; danach liegt das Secret im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain answers, but holds nothing for this app&apos;s client key.</source>
        <translation>Der Schlüsselbund antwortet, enthält aber nichts für den Client-Key dieser App.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
</context>
<context>
    <name>Skybeam::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Passwortspeicher des Systems</translation>
    </message>
</context>
<context>
    <name>Skybeam::KeychainStatus</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Passwortspeicher des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>The system keychain holds your client secret, so re-authorizing needs no typing.</source>
        <translation>Der Passwortspeicher des Systems enthält Ihr Client-Geheimnis, beim erneuten Autorisieren müssen Sie also nichts eintippen.</translation>
    </message>
    <message>
        <source>The system keychain is available: your client secret will be kept there.</source>
        <translation>Der Passwortspeicher des Systems ist verfügbar: Ihr Client-Geheimnis wird dort aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available. Your keys are still saved in the credential file, readable only by you.</source>
        <translation>Es ist kein Passwortspeicher des Systems verfügbar. Ihre Schlüssel werden trotzdem in der Zugangsdatei gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used right now: %1</source>
        <translation>Der Passwortspeicher des Systems ist gerade nicht nutzbar: %1</translation>
    </message>
</context>
<context>
    <name>Skybeam::LiveCheck</name>
    <message>
        <source>There is no access token to check. Sign in with TikTok first.</source>
        <translation>Es gibt kein Zugriffstoken zum Prüfen. Melden Sie sich zuerst mit TikTok an.</translation>
    </message>
</context>
<context>
    <name>Skybeam::LiveCheckResult</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
</context>
<context>
    <name>Skybeam::LocalChecks</name>
    <message>
        <source>Credential file</source>
        <translation>Zugangsdatei</translation>
    </message>
    <message>
        <source>The folder %1 is a link to another place; the publisher&apos;s credentials must be in a real folder, so SKYBEAM Setup refuses to save there.</source>
        <translation>Der Ordner %1 ist ein Verweis auf einen anderen Ort; die Zugangsdaten des Publishers müssen in einem echten Ordner liegen, daher speichert SKYBEAM Setup dort nicht.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the files into it), then run the check again.</source>
        <translation>Ersetzen Sie den Verweis durch einen echten Ordner (verschieben Sie die Dateien hinein) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user (user ID %2), so your credentials there are not private and SKYBEAM Setup refuses to save there.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer (Benutzer-ID %2), daher sind Ihre Zugangsdaten dort nicht privat und SKYBEAM Setup speichert dort nicht.</translation>
    </message>
    <message>
        <source>Ask your administrator to give the folder back to you: sudo chown -R %1 %2</source>
        <translation>Bitten Sie Ihre Administration, Ihnen den Ordner zurückzugeben: sudo chown -R %1 %2</translation>
    </message>
    <message>
        <source>No credential file was found: neither %1 nor %2 exists.</source>
        <translation>Es wurde keine Zugangsdatei gefunden: weder %1 noch %2 existiert.</translation>
    </message>
    <message>
        <source>Open the setup wizard (skybeam-setup) and choose Set up TikTok.</source>
        <translation>Öffnen Sie den Einrichtungsassistenten (skybeam-setup) und wählen Sie TikTok einrichten.</translation>
    </message>
    <message>
        <source>The credential file %1 is a link to another file; SKYBEAM Setup refuses to write through links.</source>
        <translation>Die Zugangsdatei %1 ist ein Verweis auf eine andere Datei; SKYBEAM Setup schreibt nicht durch Verweise.</translation>
    </message>
    <message>
        <source>Replace the link with the file itself, then run the check again.</source>
        <translation>Ersetzen Sie den Verweis durch die Datei selbst und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The credential file %1 belongs to another user (user ID %2).</source>
        <translation>Die Zugangsdatei %1 gehört einem anderen Benutzer (Benutzer-ID %2).</translation>
    </message>
    <message>
        <source>Ask your administrator to give the file back to you: sudo chown %1 %2</source>
        <translation>Bitten Sie Ihre Administration, Ihnen die Datei zurückzugeben: sudo chown %1 %2</translation>
    </message>
    <message>
        <source>Open the setup wizard and set up TikTok again; the old file is kept as a backup.</source>
        <translation>Öffnen Sie den Einrichtungsassistenten und richten Sie TikTok neu ein; die alte Datei bleibt als Sicherung erhalten.</translation>
    </message>
    <message>
        <source>The credential file %1 lacks required fields: %2.</source>
        <translation>Der Zugangsdatei %1 fehlen Pflichtfelder: %2.</translation>
    </message>
    <message>
        <source>Open the setup wizard and enter your app&apos;s client key and client secret again.</source>
        <translation>Öffnen Sie den Einrichtungsassistenten und geben Sie Client-Key und Client-Secret Ihrer App erneut ein.</translation>
    </message>
    <message>
        <source>Other users of this computer can read the credential file %1 (permissions %2, should be 0600).</source>
        <translation>Andere Benutzer dieses Computers können die Zugangsdatei %1 lesen (Rechte %2, richtig wäre 0600).</translation>
    </message>
    <message>
        <source>Other users of this computer can open the folder %1 (permissions %2, should be 0700).</source>
        <translation>Andere Benutzer dieses Computers können den Ordner %1 öffnen (Rechte %2, richtig wäre 0700).</translation>
    </message>
    <message>
        <source>Choose Fix to make them private, or run: chmod 700 %1 &amp;&amp; chmod 600 %2</source>
        <translation>Wählen Sie Beheben, um sie privat zu machen, oder führen Sie aus: chmod 700 %1 &amp;&amp; chmod 600 %2</translation>
    </message>
    <message>
        <source>Found %1 (the older file name, read because tiktok_oauth.json is absent); it is complete and only you can read it.</source>
        <translation>%1 gefunden (der ältere Dateiname, gelesen, weil tiktok_oauth.json fehlt); sie ist vollständig und nur Sie können sie lesen.</translation>
    </message>
    <message>
        <source>Found %1; it is complete and only you can read it.</source>
        <translation>%1 gefunden; sie ist vollständig und nur Sie können sie lesen.</translation>
    </message>
    <message>
        <source>TikTok access</source>
        <translation>TikTok-Zugriff</translation>
    </message>
    <message>
        <source>There is no usable credential file to read the access from.</source>
        <translation>Es gibt keine verwendbare Zugangsdatei, aus der der Zugriff gelesen werden kann.</translation>
    </message>
    <message>
        <source>Run: skybeam-setup refresh (or choose Renew in the wizard).</source>
        <translation>Führen Sie aus: skybeam-setup refresh (oder wählen Sie Erneuern im Assistenten).</translation>
    </message>
    <message>
        <source>Open the wizard and choose Re-authorize.</source>
        <translation>Öffnen Sie den Assistenten und wählen Sie Erneut autorisieren.</translation>
    </message>
    <message>
        <source>The file does not say which permissions (scopes) TikTok granted.</source>
        <translation>Die Datei sagt nicht, welche Berechtigungen (Scopes) TikTok gewährt hat.</translation>
    </message>
    <message>
        <source>Open the wizard and choose Re-authorize, so the granted permissions are recorded.</source>
        <translation>Öffnen Sie den Assistenten und wählen Sie Erneut autorisieren, damit die gewährten Berechtigungen festgehalten werden.</translation>
    </message>
    <message>
        <source>TikTok did not grant the permissions %1, which the publisher needs.</source>
        <translation>TikTok hat die Berechtigungen %1 nicht gewährt, die der Publisher braucht.</translation>
    </message>
    <message>
        <source>In the TikTok developer portal, open your app, add the product that provides %1 (Login Kit for user.info.basic, Content Posting API for video.upload and video.publish), tick the scope under Scopes, save, then re-authorize in the wizard and leave every permission ticked.</source>
        <translation>Öffnen Sie im TikTok-Entwicklerportal Ihre App, fügen Sie das Produkt hinzu, das %1 bereitstellt (Login Kit für user.info.basic, Content Posting API für video.upload und video.publish), haken Sie den Scope unter Scopes an, speichern Sie, autorisieren Sie dann im Assistenten erneut und lassen Sie jede Berechtigung angehakt.</translation>
    </message>
    <message>
        <source>All needed permissions are granted (%1).</source>
        <translation>Alle nötigen Berechtigungen sind gewährt (%1).</translation>
    </message>
    <message>
        <source>Redirect URI and port</source>
        <translation>Weiterleitungs-URI und Port</translation>
    </message>
    <message>
        <source>The remembered redirect URI %1 cannot be used: %2</source>
        <translation>Die gemerkte Weiterleitungs-URI %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Register %1 in the TikTok developer portal (Login Kit, Redirect URI) and choose Fix to use it.</source>
        <translation>Registrieren Sie %1 im TikTok-Entwicklerportal (Login Kit, Redirect URI) und wählen Sie Beheben, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The redirect URI is %1 (the default).</source>
        <translation>Die Weiterleitungs-URI ist %1 (die Voreinstellung).</translation>
    </message>
    <message>
        <source>The redirect URI is %1 (the default is %2).</source>
        <translation>Die Weiterleitungs-URI ist %1 (voreingestellt ist %2).</translation>
    </message>
    <message>
        <source>%1 A free port is chosen at each sign-in.</source>
        <translation>%1 Bei jeder Anmeldung wird ein freier Port gewählt.</translation>
    </message>
    <message>
        <source>%1 Port %2 is free for the sign-in.</source>
        <translation>%1 Port %2 ist für die Anmeldung frei.</translation>
    </message>
    <message>
        <source>%1 Another program is using port %2, so TikTok cannot send the browser back after sign-in.</source>
        <translation>%1 Ein anderes Programm belegt Port %2, daher kann TikTok den Browser nach der Anmeldung nicht zurückschicken.</translation>
    </message>
    <message>
        <source>%1 Port %2 is in use by %3, so TikTok cannot send the browser back after sign-in.</source>
        <translation>%1 Port %2 wird von %3 belegt, daher kann TikTok den Browser nach der Anmeldung nicht zurückschicken.</translation>
    </message>
    <message>
        <source>Stop that program, or register %1 as a redirect URI in the TikTok developer portal (Login Kit) and choose Fix to use a free port from now on.</source>
        <translation>Beenden Sie dieses Programm, oder registrieren Sie %1 als Weiterleitungs-URI im TikTok-Entwicklerportal (Login Kit) und wählen Sie Beheben, um ab jetzt einen freien Port zu verwenden.</translation>
    </message>
    <message>
        <source>The name localhost</source>
        <translation>Der Name localhost</translation>
    </message>
    <message>
        <source>Ask your administrator to put these lines in /etc/hosts: &quot;127.0.0.1 localhost&quot; and &quot;::1 localhost&quot;.</source>
        <translation>Bitten Sie Ihre Administration, diese Zeilen in /etc/hosts einzutragen: „127.0.0.1 localhost“ und „::1 localhost“.</translation>
    </message>
    <message>
        <source>The name localhost does not lead anywhere on this computer, so the browser cannot come back to SKYBEAM Setup after signing in.</source>
        <translation>Der Name localhost führt auf diesem Computer nirgendwohin, daher kann der Browser nach der Anmeldung nicht zu SKYBEAM Setup zurückkehren.</translation>
    </message>
    <message>
        <source>The name localhost leads to %1, which is not this computer, so the sign-in cannot finish.</source>
        <translation>Der Name localhost führt zu %1, das nicht dieser Computer ist, daher kann die Anmeldung nicht abschließen.</translation>
    </message>
    <message>
        <source>The name localhost leads to this computer (%1).</source>
        <translation>Der Name localhost führt zu diesem Computer (%1).</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Webbrowser</translation>
    </message>
    <message>
        <source>Links open with %1 (set by the BROWSER variable).</source>
        <translation>Links öffnen sich mit %1 (durch die Variable BROWSER festgelegt).</translation>
    </message>
    <message>
        <source>The BROWSER variable names %1, but no such program is installed.</source>
        <translation>Die Variable BROWSER nennt %1, aber dieses Programm ist nicht installiert.</translation>
    </message>
    <message>
        <source>Correct or remove the BROWSER variable, or copy the sign-in link into a browser yourself.</source>
        <translation>Korrigieren oder entfernen Sie die Variable BROWSER, oder kopieren Sie den Anmeldelink selbst in einen Browser.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup cannot open a browser: xdg-open is not installed and BROWSER is not set.</source>
        <translation>SKYBEAM Setup kann keinen Browser öffnen: xdg-open ist nicht installiert und BROWSER ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Install xdg-utils (sudo apt install xdg-utils) or set BROWSER; until then copy the sign-in link into a browser yourself.</source>
        <translation>Installieren Sie xdg-utils (sudo apt install xdg-utils) oder setzen Sie BROWSER; bis dahin kopieren Sie den Anmeldelink selbst in einen Browser.</translation>
    </message>
    <message>
        <source>No default web browser is set, so opening the sign-in page may fail.</source>
        <translation>Es ist kein Standardbrowser eingestellt, daher kann das Öffnen der Anmeldeseite scheitern.</translation>
    </message>
    <message>
        <source>Choose a default browser in your desktop&apos;s settings, or run for example: xdg-settings set default-web-browser firefox-esr.desktop</source>
        <translation>Wählen Sie in den Einstellungen Ihres Desktops einen Standardbrowser, oder führen Sie zum Beispiel aus: xdg-settings set default-web-browser firefox-esr.desktop</translation>
    </message>
    <message>
        <source>Links open in the default browser (%1).</source>
        <translation>Links öffnen sich im Standardbrowser (%1).</translation>
    </message>
    <message>
        <source>Sandbox or production app</source>
        <translation>Sandbox- oder Produktions-App</translation>
    </message>
    <message>
        <source>No client key is stored.</source>
        <translation>Es ist kein Client-Key gespeichert.</translation>
    </message>
    <message>
        <source>The client key belongs to a sandbox app: posts are visible only to you, at most 10 test accounts can sign in, and TikTok allows about 20 API calls a day.</source>
        <translation>Der Client-Key gehört zu einer Sandbox-App: Beiträge sind nur für Sie sichtbar, höchstens 10 Testkonten können sich anmelden, und TikTok erlaubt etwa 20 API-Aufrufe am Tag.</translation>
    </message>
    <message>
        <source>To post publicly, create the production app in the TikTok developer portal, have it audited, and set up SKYBEAM with its keys.</source>
        <translation>Um öffentlich zu veröffentlichen, legen Sie die Produktions-App im TikTok-Entwicklerportal an, lassen Sie sie prüfen und richten Sie SKYBEAM mit ihren Schlüsseln ein.</translation>
    </message>
    <message>
        <source>The client key belongs to a production app: it can post for any account that signs in, publicly once TikTok has audited the app.</source>
        <translation>Der Client-Key gehört zu einer Produktions-App: Sie kann für jedes angemeldete Konto veröffentlichen, öffentlich, sobald TikTok die App geprüft hat.</translation>
    </message>
    <message>
        <source>Export folder and disk space</source>
        <translation>Exportordner und Speicherplatz</translation>
    </message>
    <message>
        <source>The publisher&apos;s export folder %1 does not exist yet, so there are no packs to post.</source>
        <translation>Der Exportordner %1 des Publishers existiert noch nicht, daher gibt es keine Pakete zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Check that the publisher exports to this SKYBEAM folder (ROXY_HOME or --roxy-home).</source>
        <translation>Prüfen Sie, dass der Publisher in diesen SKYBEAM-Ordner exportiert (ROXY_HOME oder --roxy-home).</translation>
    </message>
    <message>
        <source>The export folder %1 cannot be read.</source>
        <translation>Der Exportordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Make the folder readable for you: chmod u+rx %1</source>
        <translation>Machen Sie den Ordner für sich lesbar: chmod u+rx %1</translation>
    </message>
    <message>
        <source>The export folder %1 is empty: no packs are waiting.</source>
        <translation>Der Exportordner %1 ist leer: Es warten keine Pakete.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) waiting to be posted in %1.</source>
        <translation>
            <numerusform>%n Paket wartet in %1 auf die Veröffentlichung.</numerusform>
            <numerusform>%n Pakete warten in %1 auf die Veröffentlichung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) cannot be posted because they are damaged: %1.</source>
        <translation>
            <numerusform>%n Paket kann nicht veröffentlicht werden, weil es beschädigt ist: %1.</numerusform>
            <numerusform>%n Pakete können nicht veröffentlicht werden, weil sie beschädigt sind: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the handoff packs (skybeam-setup packs) to see what is wrong with each, and export them again from the publisher.</source>
        <translation>Öffnen Sie die Übergabepakete (skybeam-setup packs), um zu sehen, was jedem fehlt, und exportieren Sie sie erneut aus dem Publisher.</translation>
    </message>
    <message>
        <source>Only %1 GB are free on the disk of %2; the publisher needs room for new videos.</source>
        <translation>Auf dem Datenträger von %2 sind nur %1 GB frei; der Publisher braucht Platz für neue Videos.</translation>
    </message>
    <message>
        <source>Free some disk space, for example by removing packs that were already posted.</source>
        <translation>Schaffen Sie Speicherplatz, zum Beispiel indem Sie bereits veröffentlichte Pakete entfernen.</translation>
    </message>
    <message>
        <source>%1 GB free.</source>
        <translation>%1 GB frei.</translation>
    </message>
</context>
<context>
    <name>Skybeam::LoginFlow</name>
    <message>
        <source>Enter your app&apos;s Client Key from the TikTok Developer Portal (Keys and Credentials).</source>
        <translation>Geben Sie den „Client Key“ Ihrer App aus dem TikTok-Entwicklerportal ein („Keys and Credentials“).</translation>
    </message>
    <message>
        <source>Enter your app&apos;s Client Secret from the TikTok Developer Portal (Keys and Credentials).</source>
        <translation>Geben Sie das „Client Secret“ Ihrer App aus dem TikTok-Entwicklerportal ein („Keys and Credentials“).</translation>
    </message>
    <message>
        <source>The client secret contains spaces or line breaks. Copy the Client Secret again from the Developer Portal, without them.</source>
        <translation>Das Client-Geheimnis enthält Leerzeichen oder Zeilenumbrüche. Kopieren Sie das „Client Secret“ noch einmal aus dem Entwicklerportal, ohne diese.</translation>
    </message>
    <message>
        <source>No permissions (scopes) were given. Use user.info.basic,video.upload,video.publish.</source>
        <translation>Es wurden keine Berechtigungen (Scopes) angegeben. Verwenden Sie user.info.basic,video.upload,video.publish.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TikTok permission name. Separate permissions with commas, for example user.info.basic,video.upload,video.publish.</source>
        <extracomment>%1 is what the operator typed as a permission name.</extracomment>
        <translation>„%1“ ist kein Name einer TikTok-Berechtigung. Trennen Sie Berechtigungen durch Kommas, zum Beispiel user.info.basic,video.upload,video.publish.</translation>
    </message>
    <message>
        <source>The time limit must be at least one second.</source>
        <translation>Das Zeitlimit muss mindestens eine Sekunde betragen.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from TikTok within %n minute(s). Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</source>
        <translation>
            <numerusform>Von TikTok kam innerhalb von %n Minute keine Antwort. Schließen Sie die Anmeldung im Browser innerhalb dieser Zeit ab. Wenn TikTok eine eigene Fehlerseite gezeigt hat, statt Sie zurückzuschicken (zum Beispiel zur Redirect URI oder zum Client-Schlüssel), prüfen Sie die Einstellungen Ihrer App im Entwicklerportal und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Von TikTok kam innerhalb von %n Minuten keine Antwort. Schließen Sie die Anmeldung im Browser innerhalb dieser Zeit ab. Wenn TikTok eine eigene Fehlerseite gezeigt hat, statt Sie zurückzuschicken (zum Beispiel zur Redirect URI oder zum Client-Schlüssel), prüfen Sie die Einstellungen Ihrer App im Entwicklerportal und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from TikTok within %n second(s). Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</source>
        <translation>
            <numerusform>Von TikTok kam innerhalb von %n Sekunde keine Antwort. Schließen Sie die Anmeldung im Browser innerhalb dieser Zeit ab. Wenn TikTok eine eigene Fehlerseite gezeigt hat, statt Sie zurückzuschicken (zum Beispiel zur Redirect URI oder zum Client-Schlüssel), prüfen Sie die Einstellungen Ihrer App im Entwicklerportal und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Von TikTok kam innerhalb von %n Sekunden keine Antwort. Schließen Sie die Anmeldung im Browser innerhalb dieser Zeit ab. Wenn TikTok eine eigene Fehlerseite gezeigt hat, statt Sie zurückzuschicken (zum Beispiel zur Redirect URI oder zum Client-Schlüssel), prüfen Sie die Einstellungen Ihrer App im Entwicklerportal und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The client key contains spaces or line breaks. Copy the Client Key again from the Developer Portal, without them.</source>
        <translation>Der Client-Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Kopieren Sie den „Client Key“ noch einmal aus dem Entwicklerportal, ohne diese.</translation>
    </message>
</context>
<context>
    <name>Skybeam::LoopbackReceiver</name>
    <message>
        <source>SKYBEAM Setup could not open port %1 on this computer to receive TikTok&apos;s answer (%2).</source>
        <translation>SKYBEAM Setup konnte Port %1 auf diesem Computer nicht öffnen, um die Antwort von TikTok zu empfangen (%2).</translation>
    </message>
    <message>
        <source>Another program is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %1 on this computer). Close that program and try again, or use a free port instead: add http://127.0.0.1:*/callback/ to your app&apos;s redirect URIs in the TikTok developer portal and sign in with it.</source>
        <extracomment>%1 is a port number.</extracomment>
        <translation>Ein anderes Programm verwendet die Adresse, die SKYBEAM für die Antwort von TikTok braucht (Port %1 auf diesem Computer). Schließen Sie dieses Programm und versuchen Sie es erneut, oder verwenden Sie stattdessen einen freien Port: Fügen Sie http://127.0.0.1:*/callback/ im TikTok-Entwicklerportal zu den Weiterleitungs-URIs Ihrer App hinzu und melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>Another program, %1, is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %2 on this computer). Close %1 and try again, or use a free port instead: add http://127.0.0.1:*/callback/ to your app&apos;s redirect URIs in the TikTok developer portal and sign in with it.</source>
        <extracomment>%1 is a program&apos;s name, e.g. &quot;python3&quot;; %2 a port number.</extracomment>
        <translation>Ein anderes Programm, %1, verwendet die Adresse, die SKYBEAM für die Antwort von TikTok braucht (Port %2 auf diesem Computer). Schließen Sie %1 und versuchen Sie es erneut, oder verwenden Sie stattdessen einen freien Port: Fügen Sie http://127.0.0.1:*/callback/ im TikTok-Entwicklerportal zu den Weiterleitungs-URIs Ihrer App hinzu und melden Sie sich damit an.</translation>
    </message>
</context>
<context>
    <name>Skybeam::MemorySecretStore</name>
    <message>
        <source>Memory (not saved)</source>
        <translation>Arbeitsspeicher (nicht gespeichert)</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Es ist kein Passwortspeicher des Systems verfügbar.</translation>
    </message>
    <message>
        <source>Nothing is saved in the system keychain for this app yet.</source>
        <translation>Für diese App ist im Passwortspeicher des Systems noch nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Skybeam::Modules</name>
    <message>
        <source>%1 is not installed (looked in %2).</source>
        <translation>%1 ist nicht installiert (gesucht in %2).</translation>
    </message>
</context>
<context>
    <name>Skybeam::Mp4HeaderParser</name>
    <message>
        <source>The video file is incomplete (cut off before its end).</source>
        <translation>Die Videodatei ist unvollständig (vor ihrem Ende abgeschnitten).</translation>
    </message>
    <message>
        <source>The video file&apos;s header is damaged.</source>
        <translation>Der Kopfbereich der Videodatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The video file is not an MP4 or MOV file.</source>
        <translation>Die Videodatei ist keine MP4- oder MOV-Datei.</translation>
    </message>
    <message>
        <source>The video file is empty.</source>
        <translation>Die Videodatei ist leer.</translation>
    </message>
    <message>
        <source>The video file has no movie header; it may still be being written.</source>
        <translation>Der Videodatei fehlt der Filmkopf; vielleicht wird sie gerade noch geschrieben.</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>Die Videodatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The video file&apos;s header is too large to read.</source>
        <translation>Der Kopfbereich der Videodatei ist zu groß zum Lesen.</translation>
    </message>
</context>
<context>
    <name>Skybeam::NetworkCheck</name>
    <message>
        <source>Connection to TikTok</source>
        <translation>Verbindung zu TikTok</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) answers.</source>
        <translation>Der Proxy %1 (aus %2) antwortet.</translation>
    </message>
    <message>
        <source>The proxy %1 named by the %2 variable does not answer (%3), so nothing can reach TikTok through it.</source>
        <translation>Der Proxy %1 aus der Variablen %2 antwortet nicht (%3), daher erreicht nichts TikTok über ihn.</translation>
    </message>
    <message>
        <source>Ask your administrator for the right proxy address, or remove the %1 variable if this network needs no proxy.</source>
        <translation>Fragen Sie Ihre Administration nach der richtigen Proxy-Adresse, oder entfernen Sie die Variable %1, wenn dieses Netz keinen Proxy braucht.</translation>
    </message>
    <message>
        <source>The proxy %1 named by the %2 variable does not answer.</source>
        <translation>Der Proxy %1 aus der Variablen %2 antwortet nicht.</translation>
    </message>
    <message>
        <source>TikTok&apos;s server name %1 cannot be looked up (DNS), so this computer cannot find TikTok.</source>
        <translation>TikToks Servername %1 kann nicht aufgelöst werden (DNS), daher findet dieser Computer TikTok nicht.</translation>
    </message>
    <message>
        <source>Check that the computer is online and that its DNS server works; ask your administrator if TikTok is blocked on this network.</source>
        <translation>Prüfen Sie, dass der Computer online ist und sein DNS-Server funktioniert; fragen Sie Ihre Administration, ob TikTok in diesem Netz gesperrt ist.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>Es ist kein Netzwerkzugang verfügbar.</translation>
    </message>
    <message>
        <source>The secure connection to %1 is not trusted: its certificate could not be verified.</source>
        <translation>Der sicheren Verbindung zu %1 wird nicht vertraut: Ihr Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The secure connection to %1 is not trusted: its certificate was issued by &quot;%2&quot;, not by an authority this computer trusts. A proxy or antivirus program is probably intercepting HTTPS.</source>
        <translation>Der sicheren Verbindung zu %1 wird nicht vertraut: Ihr Zertifikat wurde von „%2“ ausgestellt, nicht von einer Stelle, der dieser Computer vertraut. Wahrscheinlich fängt ein Proxy oder Virenschutzprogramm HTTPS ab.</translation>
    </message>
    <message>
        <source>Ask your administrator to exempt %1 and www.tiktok.com from HTTPS inspection, or to install their certificate authority on this computer. Also check that the date and time are correct.</source>
        <translation>Bitten Sie Ihre Administration, %1 und www.tiktok.com von der HTTPS-Prüfung auszunehmen oder ihre Zertifizierungsstelle auf diesem Computer zu installieren. Prüfen Sie auch, ob Datum und Uhrzeit stimmen.</translation>
    </message>
    <message>
        <source>The proxy did not let the connection to %1 through (%2).</source>
        <translation>Der Proxy hat die Verbindung zu %1 nicht durchgelassen (%2).</translation>
    </message>
    <message>
        <source>Check the proxy settings with your administrator.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen mit Ihrer Administration.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): a firewall may block it, or the network is down.</source>
        <translation>%1 ist nicht erreichbar (%2): Eine Firewall blockiert es vielleicht, oder das Netz ist ausgefallen.</translation>
    </message>
    <message>
        <source>Check that the computer is online; ask your administrator whether %1 on port %2 is allowed.</source>
        <translation>Prüfen Sie, dass der Computer online ist; fragen Sie Ihre Administration, ob %1 auf Port %2 erlaubt ist.</translation>
    </message>
    <message>
        <source>TikTok&apos;s API at %1 answers over a verified secure connection.</source>
        <translation>TikToks API unter %1 antwortet über eine überprüfte sichere Verbindung.</translation>
    </message>
    <message>
        <source>The API at %1 answers (plain HTTP: a local test server).</source>
        <translation>Die API unter %1 antwortet (einfaches HTTP: ein lokaler Testserver).</translation>
    </message>
    <message>
        <source>The answer had no readable date, so the clock could not be compared.</source>
        <translation>Die Antwort hatte kein lesbares Datum, daher konnte die Uhr nicht verglichen werden.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute gegenüber TikTok vor; Anmeldung, Ablauf der Tokens und sichere Verbindungen hängen davon ab.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten gegenüber TikTok vor; Anmeldung, Ablauf der Tokens und sichere Verbindungen hängen davon ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute gegenüber TikTok nach; Anmeldung, Ablauf der Tokens und sichere Verbindungen hängen davon ab.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten gegenüber TikTok nach; Anmeldung, Ablauf der Tokens und sichere Verbindungen hängen davon ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic date and time (for example: sudo timedatectl set-ntp true).</source>
        <translation>Schalten Sie automatisches Datum und Uhrzeit ein (zum Beispiel: sudo timedatectl set-ntp true).</translation>
    </message>
    <message numerus="yes">
        <source>The clock agrees with TikTok&apos;s (%n second(s) apart).</source>
        <translation>
            <numerusform>Die Uhr stimmt mit der von TikTok überein (%n Sekunde Unterschied).</numerusform>
            <numerusform>Die Uhr stimmt mit der von TikTok überein (%n Sekunden Unterschied).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::PackDetailsPane</name>
    <message>
        <source>&amp;Copy caption</source>
        <translation>Beschreibung &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Mark as posted</source>
        <translation>Als gepostet &amp;markieren</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>&amp;Reveal in folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Select a pack to see its caption, video and files.</source>
        <translation>Wählen Sie ein Paket aus, um seine Beschreibung, sein Video und seine Dateien zu sehen.</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Drag this video onto the TikTok upload page</source>
        <translation>Dieses Video auf die TikTok-Upload-Seite ziehen</translation>
    </message>
    <message>
        <source>Video drag handle</source>
        <translation>Griff zum Ziehen des Videos</translation>
    </message>
    <message>
        <source>Drag to the upload page in your browser, or to a file manager.</source>
        <translation>Auf die Upload-Seite im Browser ziehen oder in eine Dateiverwaltung.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Copy caption</source>
        <translation>Beschreibung kopieren</translation>
    </message>
    <message>
        <source>Mark as posted</source>
        <translation>Als gepostet markieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Reveal in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Video size:</source>
        <translation>Videogröße:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Posted (marked %1)</source>
        <translation>Gepostet (markiert am %1)</translation>
    </message>
    <message>
        <source>New (not posted yet)</source>
        <translation>Neu (noch nicht gepostet)</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <source>%1 — too long for TikTok</source>
        <translation>%1 – zu lang für TikTok</translation>
    </message>
    <message>
        <source>&amp;Mark as not posted</source>
        <translation>Als nicht gepostet &amp;markieren</translation>
    </message>
    <message>
        <source>Mark as not posted</source>
        <translation>Als nicht gepostet markieren</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <source>Caption: caption.txt</source>
        <translation>Beschreibung: caption.txt</translation>
    </message>
    <message>
        <source>Caption: from the metadata</source>
        <translation>Beschreibung: aus den Metadaten</translation>
    </message>
    <message>
        <source>Thumbnail: %1</source>
        <translation>Vorschaubild: %1</translation>
    </message>
    <message>
        <source>Other files: %1</source>
        <translation>Weitere Dateien: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Insgesamt: %1</translation>
    </message>
    <message>
        <source>No thumbnail</source>
        <translation>Kein Vorschaubild</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Send to &amp;TikTok…</source>
        <translation>An &amp;TikTok senden …</translation>
    </message>
    <message>
        <source>Send to TikTok</source>
        <translation>An TikTok senden</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fortset&amp;zen</translation>
    </message>
    <message>
        <source>Resume the interrupted send to TikTok</source>
        <translation>Das unterbrochene Senden an TikTok fortsetzen</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>TikTok:</source>
        <extracomment>The pack&apos;s post to TikTok (sending, processing at TikTok, in the inbox, posted, failed).</extracomment>
        <translation>TikTok:</translation>
    </message>
    <message>
        <source>This pack is broken (see its problems): it cannot have been posted.</source>
        <translation>Dieses Paket ist defekt (siehe seine Probleme): Es kann nicht gepostet worden sein.</translation>
    </message>
    <message>
        <source>Not sent from here</source>
        <translation>Nicht von hier gesendet</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackFormat</name>
    <message>
        <source>%1 × %2</source>
        <extracomment>Video width × height in pixels.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <extracomment>The caption&apos;s length and TikTok&apos;s limit, in characters.</extracomment>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackItemDelegate</name>
    <message>
        <source>Broken</source>
        <extracomment>Badge on a pack that cannot be uploaded as it is.</extracomment>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Badge on a pack with a problem worth a look (e.g. a caption that is too long).</extracomment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gepostet</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Badge on a pack not yet marked as posted.</extracomment>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackPostingState</name>
    <message>
        <source>Not known: SKYBEAM&apos;s publish journal cannot be read, so it cannot tell whether this pack reached TikTok.</source>
        <translation>Unbekannt: Das Veröffentlichungsjournal von SKYBEAM kann nicht gelesen werden, daher lässt sich nicht sagen, ob dieses Paket TikTok erreicht hat.</translation>
    </message>
    <message>
        <source>Sending was interrupted (%1 of %2 reached TikTok; TikTok never posts an incomplete upload). Resume continues it.</source>
        <extracomment>%1 and %2 are amounts of data (&quot;5.0 MiB of 12.0 MiB&quot;).</extracomment>
        <translation>Das Senden wurde unterbrochen (%1 von %2 haben TikTok erreicht; TikTok veröffentlicht nie einen unvollständigen Upload). „Fortsetzen“ setzt es fort.</translation>
    </message>
    <message>
        <source>Processing at TikTok (publish_id %1): TikTok has the whole video. Resume asks TikTok how it went; the video is not sent again.</source>
        <extracomment>%1 is TikTok&apos;s publish_id.</extracomment>
        <translation>Wird bei TikTok verarbeitet (publish_id %1): TikTok hat das ganze Video. „Fortsetzen“ fragt TikTok nach dem Ergebnis; das Video wird nicht noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Posted on the TikTok profile on %1 (publish_id %2).</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>Am %1 im TikTok-Profil veröffentlicht (publish_id %2).</translation>
    </message>
    <message>
        <source>In the TikTok inbox since %1 (publish_id %2): finish the post in the TikTok app.</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>Seit %1 im TikTok-Posteingang (publish_id %2): Stellen Sie den Beitrag in der TikTok-App fertig.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is why TikTok or SKYBEAM refused the post.</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>An interrupted send was given up; TikTok never posts an incomplete upload.</source>
        <translation>Ein unterbrochenes Senden wurde aufgegeben; TikTok veröffentlicht nie einen unvollständigen Upload.</translation>
    </message>
    <message>
        <source>Not known: SKYBEAM&apos;s publish journal was damaged and started anew, so it cannot tell whether this pack reached TikTok before that.</source>
        <translation>Unbekannt: Das Veröffentlichungsjournal von SKYBEAM war beschädigt und wurde neu begonnen, daher lässt sich nicht sagen, ob dieses Paket TikTok vorher erreicht hat.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackReader</name>
    <message>
        <source>This folder is a symbolic link loop.</source>
        <translation>Dieser Ordner ist eine Schleife aus symbolischen Verknüpfungen.</translation>
    </message>
    <message>
        <source>This folder is a link to something that no longer exists.</source>
        <translation>Dieser Ordner ist eine Verknüpfung auf etwas, das nicht mehr existiert.</translation>
    </message>
    <message>
        <source>This folder cannot be read (permission denied).</source>
        <translation>Dieser Ordner kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>This entry is a link to a file, not a folder.</source>
        <translation>Dieser Eintrag ist eine Verknüpfung auf eine Datei, nicht auf einen Ordner.</translation>
    </message>
    <message>
        <source>This folder cannot be read (%1).</source>
        <translation>Dieser Ordner kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The metadata file %1 cannot be read (%2).</source>
        <translation>Die Metadatendatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The metadata file %1 is larger than %2 and was not read.</source>
        <translation>Die Metadatendatei %1 ist größer als %2 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The metadata file %1 is not valid JSON: %2 (at byte %3).</source>
        <extracomment>%1 is a file name, %2 the parser&apos;s description of the problem, %3 a byte offset.</extracomment>
        <translation>Die Metadatendatei %1 ist kein gültiges JSON: %2 (bei Byte %3).</translation>
    </message>
    <message>
        <source>The metadata file %1 does not hold a JSON object.</source>
        <translation>Die Metadatendatei %1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The caption file cannot be read (%1).</source>
        <translation>Die Beschreibungsdatei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The caption file is larger than %1; only its beginning is shown.</source>
        <translation>Die Beschreibungsdatei ist größer als %1; nur ihr Anfang wird angezeigt.</translation>
    </message>
    <message>
        <source>The caption file is not UTF-8 text; some characters are shown as �.</source>
        <translation>Die Beschreibungsdatei ist kein UTF-8-Text; einige Zeichen werden als � angezeigt.</translation>
    </message>
    <message>
        <source>The video file %1 is empty.</source>
        <translation>Die Videodatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The video file %1 cannot be read (%2).</source>
        <translation>Die Videodatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>Die Videodatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 a sentence on what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This folder is a link back to the exports folder or a folder above it (a loop).</source>
        <translation>Dieser Ordner ist eine Verknüpfung zurück auf den Exportordner oder einen Ordner darüber (eine Schleife).</translation>
    </message>
    <message>
        <source>%1 (broken link)</source>
        <extracomment>A file name followed by a note that it is a link leading nowhere.</extracomment>
        <translation>%1 (defekte Verknüpfung)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n video files; %1 is the one to upload.</source>
        <translation>
            <numerusform>Es gibt %n Videodatei; %1 ist die hochzuladende.</numerusform>
            <numerusform>Es gibt %n Videodateien; %1 ist die hochzuladende.</numerusform>
        </translation>
    </message>
    <message>
        <source>The video %1 is a link that leads nowhere or loops.</source>
        <translation>Das Video %1 ist eine Verknüpfung, die ins Leere führt oder eine Schleife bildet.</translation>
    </message>
    <message>
        <source>There is no video file (.mp4, .mov or .webm).</source>
        <translation>Es gibt keine Videodatei (.mp4, .mov oder .webm).</translation>
    </message>
    <message>
        <source>There is no caption (caption.txt or a caption field in the metadata).</source>
        <translation>Es gibt keine Beschreibung (caption.txt oder ein Feld „caption“ in den Metadaten).</translation>
    </message>
    <message>
        <source>The caption has %1 characters; TikTok allows at most %2.</source>
        <translation>Die Beschreibung hat %1 Zeichen; TikTok erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The folder has more than %1 entries; only the first were looked at.</source>
        <translation>Der Ordner hat mehr als %1 Einträge; nur die ersten wurden angesehen.</translation>
    </message>
    <message>
        <source>The video %1 links outside the exports folder.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Das Video %1 verweist auf eine Datei außerhalb des Exportordners.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackUploader</name>
    <message>
        <source>SKYBEAM is not connected to a TikTok account yet. Sign in with TikTok first.</source>
        <translation>SKYBEAM ist noch mit keinem TikTok-Konto verbunden. Melden Sie sich zuerst mit TikTok an.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
</context>
<context>
    <name>Skybeam::PastedAddressPanel</name>
    <message>
        <source>Signing in on another computer? Paste the address its browser ended on</source>
        <translation>Anmeldung an einem anderen Computer? Fügen Sie die Adresse ein, bei der sein Browser angekommen ist</translation>
    </message>
    <message>
        <source>Copy TikTok&apos;s address, open it in the browser there and click Authorize. The page it then goes to does not load on that computer: copy the whole address from its address bar and paste it here.</source>
        <translation>Kopieren Sie TikToks Adresse, öffnen Sie sie im Browser dort und klicken Sie auf Autorisieren. Die Seite, zu der er danach geht, lädt auf jenem Computer nicht: Kopieren Sie die ganze Adresse aus seiner Adressleiste und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Copy the TikTok &amp;address</source>
        <translation>TikTok-&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy TikTok&apos;s sign-in address, to open it on another computer</source>
        <translation>TikToks Anmeldeadresse kopieren, um sie an einem anderen Computer zu öffnen</translation>
    </message>
    <message>
        <source>Address the other browser ended on</source>
        <translation>Adresse, bei der der andere Browser angekommen ist</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Use t&amp;his address</source>
        <translation>Diese Adresse &amp;verwenden</translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation>Die Anmeldung mit der eingefügten Adresse abschließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Skybeam::PendingShareLedger</name>
    <message>
        <source>The record of uploads waiting in the TikTok inbox (%1) cannot be saved: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>Die Aufzeichnung der im TikTok-Posteingang wartenden Uploads (%1) kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 of the 5 uploads TikTok lets wait in an inbox in 24 hours were sent from here.</source>
        <extracomment>%1 is a count up to 5.</extracomment>
        <translation>%1 der 5 Uploads, die TikTok in 24 Stunden in einem Posteingang warten lässt, wurden von hier gesendet.</translation>
    </message>
    <message>
        <source>All 5 uploads TikTok lets wait in an inbox in 24 hours were sent from here; the next slot opens at %1.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Alle 5 Uploads, die TikTok in 24 Stunden in einem Posteingang warten lässt, wurden von hier gesendet; der nächste Platz wird um %1 frei.</translation>
    </message>
    <message>
        <source>TikTok lets at most 5 uploads wait in an account&apos;s inbox in 24 hours, and 5 were sent from here. Nothing was sent. The next slot opens at %1; finishing or deleting drafts in the TikTok app does not free one sooner here. A direct post is not limited this way.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>TikTok lässt höchstens 5 Uploads in 24 Stunden im Posteingang eines Kontos warten, und 5 wurden von hier gesendet. Es wurde nichts gesendet. Der nächste Platz wird um %1 frei; Entwürfe in der TikTok-App fertigzustellen oder zu löschen, macht hier keinen früher frei. Ein direkter Beitrag ist so nicht begrenzt.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PortalGuidePage</name>
    <message>
        <source>Create your TikTok app</source>
        <translation>Ihre TikTok-App erstellen</translation>
    </message>
    <message>
        <source>Do these four steps in the TikTok developer portal, then tick them off. Already have an app? Go straight to Next.</source>
        <translation>Erledigen Sie diese vier Schritte im TikTok-Entwicklerportal und haken Sie sie ab. Sie haben schon eine App? Dann gleich weiter mit „Weiter“.</translation>
    </message>
    <message>
        <source>Create a TikTok developer account</source>
        <translation>Ein TikTok-Entwicklerkonto anlegen</translation>
    </message>
    <message>
        <source>Open the developer portal, click Log in and sign in with your TikTok account. Accept the Developer Terms of Service and complete your developer profile.</source>
        <translation>Öffnen Sie das Entwicklerportal, klicken Sie auf „Log in“ und melden Sie sich mit Ihrem TikTok-Konto an. Akzeptieren Sie die „Developer Terms of Service“ und vervollständigen Sie Ihr Entwicklerprofil.</translation>
    </message>
    <message>
        <source>Open the developer &amp;portal</source>
        <translation>&amp;Entwicklerportal öffnen</translation>
    </message>
    <message>
        <source>Open the TikTok developer portal in your browser</source>
        <translation>Das TikTok-Entwicklerportal im Browser öffnen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Create an app</source>
        <translation>Eine App erstellen</translation>
    </message>
    <message>
        <source>Go to Manage apps and click Create app. Enter these values exactly, upload a 100×100 PNG as the app icon, then click Create.</source>
        <translation>Gehen Sie zu „Manage apps“ und klicken Sie auf „Create app“. Geben Sie genau diese Werte ein, laden Sie ein PNG-Bild mit 100×100 Pixeln als App-Symbol hoch und klicken Sie dann auf „Create“.</translation>
    </message>
    <message>
        <source>Open &amp;Manage apps</source>
        <translation>„&amp;Manage apps“ öffnen</translation>
    </message>
    <message>
        <source>Open Manage apps in your browser</source>
        <translation>„Manage apps“ im Browser öffnen</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>App description</source>
        <translation>App-Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Add the products</source>
        <translation>Die Produkte hinzufügen</translation>
    </message>
    <message>
        <source>In your app&apos;s settings, open Add products. Enable Login Kit with this redirect URI and scope. Then enable the Content Posting API and click Apply: it needs TikTok&apos;s approval before the publisher can post (until then, use Handoff mode).</source>
        <translation>Öffnen Sie in den Einstellungen Ihrer App „Add products“. Aktivieren Sie Login Kit mit dieser Redirect URI und diesem Scope. Aktivieren Sie dann die Content Posting API und klicken Sie auf „Apply“: TikTok muss sie genehmigen, bevor der Publisher posten kann (bis dahin nutzen Sie den Übergabemodus).</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <source>Login Kit scope</source>
        <translation>Scope für Login Kit</translation>
    </message>
    <message>
        <source>Scopes to request</source>
        <translation>Anzufordernde Scopes</translation>
    </message>
    <message>
        <source>Find your client key and secret</source>
        <translation>Client-Schlüssel und Client-Geheimnis finden</translation>
    </message>
    <message>
        <source>Open your app&apos;s Overview page. Under Keys and Credentials you find the Client Key and the Client Secret: you paste them on the next page. Copy the Client Key, not the numeric App ID.</source>
        <translation>Öffnen Sie die Seite „Overview“ Ihrer App. Unter „Keys and Credentials“ finden Sie den „Client Key“ und das „Client Secret“: Diese fügen Sie auf der nächsten Seite ein. Kopieren Sie den „Client Key“, nicht die numerische „App ID“.</translation>
    </message>
    <message>
        <source>Sandbox or production? New apps start in sandbox: videos are visible only to you, and TikTok allows about 20 API calls a day, which is enough to test the publisher. To post publicly, click Submit for review and provide a demo video, a privacy policy URL and a terms of service URL. TikTok&apos;s review can take 1–2 weeks; until the app is approved, it can only post privately.</source>
        <translation>Sandbox oder Produktion? Neue Apps beginnen in der Sandbox: Videos sind nur für Sie sichtbar, und TikTok erlaubt etwa 20 API-Aufrufe am Tag, was zum Testen des Publishers reicht. Um öffentlich zu posten, klicken Sie auf „Submit for review“ und geben ein Demovideo, die Adresse einer Datenschutzerklärung und die Adresse von Nutzungsbedingungen an. Die Prüfung durch TikTok kann 1–2 Wochen dauern; bis die App genehmigt ist, kann sie nur privat posten.</translation>
    </message>
    <message>
        <source>Step &amp;%1: %2</source>
        <extracomment>%1 is the step number (1-4), %2 its title</extracomment>
        <translation>Schritt &amp;%1: %2</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <translation>Schritt %1 erledigt: %2</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostRules</name>
    <message>
        <source>This is a sandbox app: what it posts is private (&quot;Only me&quot;) and visible only to you. Posting publicly needs a production app that has passed TikTok&apos;s review.</source>
        <translation>Das ist eine Sandbox-App: Was sie postet, ist privat („Nur ich“) und nur für Sie sichtbar. Öffentliches Posten erfordert eine Produktions-App, die die Prüfung durch TikTok bestanden hat.</translation>
    </message>
    <message>
        <source>The app has not passed TikTok&apos;s review yet, so its posts are private (&quot;Only me&quot;) and the account must be private. Submit the app for review in the Developer Portal to post publicly.</source>
        <translation>Die App hat die Prüfung durch TikTok noch nicht bestanden, daher sind ihre Beiträge privat („Nur ich“), und das Konto muss privat sein. Reichen Sie die App im Entwicklerportal zur Prüfung ein, um öffentlich zu posten.</translation>
    </message>
    <message>
        <source>A direct post needs TikTok&apos;s answer about this account (creator info), which needs the video.publish permission. Sign in again and allow every permission, or send the video to the inbox instead.</source>
        <translation>Ein direkter Beitrag braucht die Auskunft von TikTok über dieses Konto („creator info“), und dafür ist die Berechtigung video.publish nötig. Melden Sie sich erneut an und erlauben Sie alle Berechtigungen, oder senden Sie das Video stattdessen in den Posteingang.</translation>
    </message>
    <message>
        <source>Choose who can see the post: TikTok requires an explicit choice.</source>
        <translation>Wählen Sie, wer den Beitrag sehen kann: TikTok verlangt eine ausdrückliche Wahl.</translation>
    </message>
    <message>
        <source>This account does not offer &quot;%1&quot;. Choose one of: %2.</source>
        <extracomment>%1 is the chosen privacy level, %2 the list of levels the account offers.</extracomment>
        <translation>Dieses Konto bietet „%1“ nicht an. Wählen Sie eine dieser Möglichkeiten: %2.</translation>
    </message>
    <message>
        <source>(none: the account cannot post now)</source>
        <translation>(keine: Das Konto kann gerade nicht posten)</translation>
    </message>
    <message>
        <source>The caption has %1 characters; TikTok allows at most %2. Shorten it before posting.</source>
        <extracomment>%1 is the caption&apos;s length, %2 the limit (2,200).</extracomment>
        <translation>Die Beschreibung hat %1 Zeichen; TikTok erlaubt höchstens %2. Kürzen Sie sie vor dem Posten.</translation>
    </message>
    <message>
        <source>The video is %1; TikTok accepts videos of up to 4 GB.</source>
        <extracomment>%1 is the video&apos;s size.</extracomment>
        <translation>Das Video ist %1 groß; TikTok nimmt Videos bis 4 GB an.</translation>
    </message>
    <message>
        <source>The video lasts %1 seconds; this account may post videos of up to %2 seconds.</source>
        <extracomment>%1 and %2 are numbers of seconds.</extracomment>
        <translation>Das Video dauert %1 Sekunden; dieses Konto darf Videos bis %2 Sekunden posten.</translation>
    </message>
    <message>
        <source>The video is %1 × %2 pixels; TikTok accepts 360 to 4096 pixels per side.</source>
        <extracomment>%1 x %2 is the video&apos;s size in pixels.</extracomment>
        <translation>Das Video hat %1 × %2 Pixel; TikTok nimmt 360 bis 4096 Pixel pro Seite an.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostedStateStore</name>
    <message>
        <source>The list of posted packs (%1) cannot be read: %2</source>
        <translation>Die Liste der geposteten Pakete (%1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The list of posted packs (%1) is too large to be genuine and was not read.</source>
        <translation>Die Liste der geposteten Pakete (%1) ist zu groß, um echt zu sein, und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The list of posted packs (%1) is damaged; packs are shown as not posted.</source>
        <translation>Die Liste der geposteten Pakete (%1) ist beschädigt; die Pakete werden als nicht gepostet angezeigt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The list of posted packs (%1) cannot be saved: %2</source>
        <translation>Die Liste der geposteten Pakete (%1) kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingErrors</name>
    <message>
        <source>TikTok held the post back because of its caption. Change the caption and try again.</source>
        <translation>TikTok hat den Beitrag wegen seiner Beschreibung zurückgehalten. Ändern Sie die Beschreibung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TikTok held the post back as a possible spam risk. Wait a while before posting again.</source>
        <translation>TikTok hat den Beitrag als mögliches Spam-Risiko zurückgehalten. Warten Sie eine Weile, bevor Sie erneut posten.</translation>
    </message>
    <message>
        <source>TikTok did not accept the video&apos;s file size (at most 4 GB).</source>
        <translation>TikTok hat die Dateigröße des Videos nicht akzeptiert (höchstens 4 GB).</translation>
    </message>
    <message>
        <source>TikTok could not fetch the video. Send it again.</source>
        <translation>TikTok konnte das Video nicht abholen. Senden Sie es erneut.</translation>
    </message>
    <message>
        <source>The post was cancelled on TikTok&apos;s side.</source>
        <translation>Der Beitrag wurde aufseiten von TikTok abgebrochen.</translation>
    </message>
    <message>
        <source>The account withdrew SKYBEAM&apos;s access while TikTok was processing the video. Sign in with TikTok again, then send the video again.</source>
        <translation>Das Konto hat SKYBEAM den Zugang entzogen, während TikTok das Video verarbeitet hat. Melden Sie sich erneut mit TikTok an und senden Sie das Video dann noch einmal.</translation>
    </message>
    <message>
        <source>TikTok had an internal problem processing the video. Wait a few minutes and send it again.</source>
        <translation>Bei TikTok ist beim Verarbeiten des Videos ein interner Fehler aufgetreten. Warten Sie ein paar Minuten und senden Sie es erneut.</translation>
    </message>
    <message>
        <source>TikTok could not process the video and gave no reason. Send it again; if it keeps failing, check the video in the TikTok app.</source>
        <translation>TikTok konnte das Video nicht verarbeiten und hat keinen Grund genannt. Senden Sie es erneut; schlägt es weiter fehl, prüfen Sie das Video in der TikTok-App.</translation>
    </message>
    <message>
        <source>TikTok could not process the video (%1).</source>
        <extracomment>%1 is TikTok&apos;s reason code.</extracomment>
        <translation>TikTok konnte das Video nicht verarbeiten (%1).</translation>
    </message>
    <message>
        <source>TikTok refused part %1 of %2 of the video (HTTP status %3).</source>
        <extracomment>%1 and %2 are part numbers (&quot;part 2 of 5&quot;), %3 an HTTP status number.</extracomment>
        <translation>TikTok hat Teil %1 von %2 des Videos abgelehnt (HTTP-Status %3).</translation>
    </message>
    <message>
        <source>Send the pack again; if it keeps failing, report it with the log ID.</source>
        <translation>Senden Sie das Paket erneut; schlägt es weiter fehl, melden Sie den Fehler mit der Protokoll-ID.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts this upload (HTTP status %1): its upload link expired or was withdrawn. Send the pack again.</source>
        <extracomment>%1 is an HTTP status number.</extracomment>
        <translation>TikTok nimmt diesen Upload nicht mehr an (HTTP-Status %1): Sein Upload-Link ist abgelaufen oder wurde zurückgezogen. Senden Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>The upload link TikTok gave is valid for about an hour and has expired, so the upload cannot resume. Send the pack again.</source>
        <translation>Der Upload-Link von TikTok gilt etwa eine Stunde und ist abgelaufen, daher kann der Upload nicht fortgesetzt werden. Senden Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>The connection to TikTok kept dropping while sending part %1 of %2 (%3 attempts). Check the internet connection and send the pack again.</source>
        <extracomment>%1 and %2 are part numbers, %3 a number of attempts.</extracomment>
        <translation>Die Verbindung zu TikTok ist beim Senden von Teil %1 von %2 immer wieder abgebrochen (%3 Versuche). Prüfen Sie die Internetverbindung und senden Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>TikTok received the last part but did not confirm the whole video (HTTP status %1). Send the pack again.</source>
        <extracomment>%1 is an HTTP status number.</extracomment>
        <translation>TikTok hat den letzten Teil empfangen, aber das ganze Video nicht bestätigt (HTTP-Status %1). Senden Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>The video %1 cannot be read: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>Das Video %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The video %1 changed while it was being sent. Wait until the publisher has finished writing it, then send the pack again.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Das Video %1 hat sich während des Sendens geändert. Warten Sie, bis der Publisher es fertig geschrieben hat, und senden Sie das Paket dann erneut.</translation>
    </message>
    <message>
        <source>The upload was cancelled. Nothing was posted and the pack is not marked as posted.</source>
        <translation>Der Upload wurde abgebrochen. Es wurde nichts gepostet, und das Paket ist nicht als gepostet markiert.</translation>
    </message>
    <message>
        <source>TikTok has the video but had not finished processing it when SKYBEAM stopped checking. It should appear in the TikTok app&apos;s inbox soon; the pack is not marked as posted until you mark it.</source>
        <translation>TikTok hat das Video, war mit der Verarbeitung aber noch nicht fertig, als SKYBEAM aufgehört hat nachzufragen. Es sollte bald im Posteingang der TikTok-App erscheinen; das Paket ist erst als gepostet markiert, wenn Sie es markieren.</translation>
    </message>
    <message>
        <source>TikTok has the video but had not finished publishing it when SKYBEAM stopped checking. Look for it on the profile in the TikTok app; the pack is not marked as posted until you mark it.</source>
        <translation>TikTok hat das Video, war mit dem Veröffentlichen aber noch nicht fertig, als SKYBEAM aufgehört hat nachzufragen. Suchen Sie es im Profil in der TikTok-App; das Paket ist erst als gepostet markiert, wenn Sie es markieren.</translation>
    </message>
    <message>
        <source>Stopped waiting for TikTok. The video was uploaded and may still reach the inbox; the pack is not marked as posted.</source>
        <translation>Das Warten auf TikTok wurde beendet. Das Video wurde hochgeladen und kann noch im Posteingang ankommen; das Paket ist nicht als gepostet markiert.</translation>
    </message>
    <message>
        <source>Stopped waiting for TikTok. The video was uploaded and may still be published; the pack is not marked as posted.</source>
        <translation>Das Warten auf TikTok wurde beendet. Das Video wurde hochgeladen und wird vielleicht noch veröffentlicht; das Paket ist nicht als gepostet markiert.</translation>
    </message>
    <message>
        <source>The stored sign-in does not include the %1 permission this needs (&quot;Application not approved for Content Posting API&quot; when the app lacks it). Sign in with TikTok again and allow every permission; check the app&apos;s Content Posting API access in the Developer Portal.</source>
        <extracomment>%1 is a TikTok permission name such as video.upload.</extracomment>
        <translation>Die gespeicherte Anmeldung enthält nicht die Berechtigung %1, die hierfür nötig ist („Application not approved for Content Posting API“, wenn sie der App fehlt). Melden Sie sich erneut mit TikTok an und erlauben Sie alle Berechtigungen; prüfen Sie den Zugang der App zur Content Posting API im Entwicklerportal.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingHistory</name>
    <message>
        <source>The record of packs sent to TikTok (%1) cannot be saved: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>Die Liste der an TikTok gesendeten Pakete (%1) kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingPreparation</name>
    <message>
        <source>SKYBEAM is not connected to a TikTok account yet. Run the setup wizard (or &apos;skybeam-setup authorize&apos;) and sign in with TikTok first.</source>
        <translation>SKYBEAM ist noch mit keinem TikTok-Konto verbunden. Starten Sie den Einrichtungsassistenten (oder „skybeam-setup authorize“) und melden Sie sich zuerst mit TikTok an.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingSession</name>
    <message>
        <source>This pack is being sent to TikTok right now by another SKYBEAM Setup (process %1). Nothing was sent; wait for it to finish.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Dieses Paket wird gerade von einem anderen SKYBEAM Setup (Prozess %1) an TikTok gesendet. Es wurde nichts gesendet; warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>This pack is being sent to TikTok right now by another SKYBEAM Setup. Nothing was sent; wait for it to finish.</source>
        <translation>Dieses Paket wird gerade von einem anderen SKYBEAM Setup an TikTok gesendet. Es wurde nichts gesendet; warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>The pack&apos;s send lock cannot be taken (%1); nothing was sent.</source>
        <extracomment>%1 is the system&apos;s reason.</extracomment>
        <translation>Die Versandsperre des Pakets kann nicht gesetzt werden (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Warning: the pack&apos;s video changed since it was last sent (an unfinished send of the earlier video may still be posted by TikTok); this is a new post.</source>
        <translation>Warnung: Das Video des Pakets hat sich seit dem letzten Senden geändert (ein unvollendeter Versand des früheren Videos kann von TikTok noch gepostet werden); dies ist ein neuer Beitrag.</translation>
    </message>
    <message>
        <source>TikTok already has this pack&apos;s whole video (publish_id %1): asking for its status, not sending it again.</source>
        <translation>TikTok hat bereits das ganze Video dieses Pakets (publish_id %1): Es wird nach dem Status gefragt, nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Continuing the interrupted send of this pack.</source>
        <translation>Der unterbrochene Versand dieses Pakets wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Warning: TikTok already has this pack&apos;s whole video from an earlier send, and will post it; --again sends it once more.</source>
        <translation>Warnung: TikTok hat bereits das ganze Video dieses Pakets aus einem früheren Versand und wird es posten; --again sendet es noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was sent. Run again with --ignore-budget to send anyway.</source>
        <translation>Es wurde nichts gesendet. Führen Sie den Befehl mit --ignore-budget erneut aus, um trotzdem zu senden.</translation>
    </message>
    <message>
        <source>The access token had expired and was renewed.</source>
        <translation>Das Zugriffstoken war abgelaufen und wurde erneuert.</translation>
    </message>
    <message>
        <source>TikTok account: %1</source>
        <extracomment>%1 is the TikTok account&apos;s nickname.</extracomment>
        <translation>TikTok-Konto: %1</translation>
    </message>
    <message>
        <source>The interrupted upload %1 can no longer be continued; TikTok never posts an incomplete upload. Starting a new one.</source>
        <extracomment>%1 is TikTok&apos;s publish_id.</extracomment>
        <translation>Der unterbrochene Upload %1 kann nicht mehr fortgesetzt werden; TikTok postet nie einen unvollständigen Upload. Ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>The access token expired while waiting for TikTok; renewing it.</source>
        <translation>Das Zugriffstoken ist während des Wartens auf TikTok abgelaufen; es wird erneuert.</translation>
    </message>
    <message>
        <source>The access token was renewed; asking TikTok about the same upload again.</source>
        <translation>Das Zugriffstoken wurde erneuert; TikTok wird erneut nach demselben Upload gefragt.</translation>
    </message>
    <message>
        <source>There is no interrupted send of this pack to continue (or its video changed since); nothing was sent.</source>
        <translation>Es gibt kein unterbrochenes Senden dieses Pakets, das fortgesetzt werden könnte (oder sein Video hat sich seitdem geändert); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Whether this pack reached TikTok before the publish journal was damaged is not known; sending it anyway, as asked.</source>
        <translation>Ob dieses Paket TikTok erreicht hat, bevor das Veröffentlichungsjournal beschädigt wurde, ist nicht bekannt; es wird wie gewünscht trotzdem gesendet.</translation>
    </message>
    <message>
        <source>The publish journal was damaged; it is kept as %1 and a new one is started. Sending anyway, as asked.</source>
        <extracomment>%1 is the path the damaged journal was moved to.</extracomment>
        <translation>Das Veröffentlichungsjournal war beschädigt; es ist als %1 aufbewahrt und ein neues wird begonnen. Es wird wie gewünscht trotzdem gesendet.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingSessionResult</name>
    <message>
        <source>Already published on TikTok on %1 (direct post, publish_id %2); nothing was sent. To post it again, use --again.</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>Bereits am %1 auf TikTok veröffentlicht (direkter Beitrag, publish_id %2); es wurde nichts gesendet. Um es erneut zu posten, verwenden Sie --again.</translation>
    </message>
    <message>
        <source>Already sent to the TikTok inbox on %1 (publish_id %2); nothing was sent. To send it again, use --again.</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>Bereits am %1 in den TikTok-Posteingang gesendet (publish_id %2); es wurde nichts gesendet. Um es erneut zu senden, verwenden Sie --again.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PublishJournal</name>
    <message>
        <source>The video %1 cannot be read: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>Das Video %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The publish journal %1 cannot be read (%2), so SKYBEAM cannot tell what was already sent to TikTok. Nothing was sent.</source>
        <extracomment>%1 is the journal&apos;s path, %2 the system&apos;s reason.</extracomment>
        <translation>Das Veröffentlichungsjournal %1 kann nicht gelesen werden (%2), daher kann SKYBEAM nicht erkennen, was bereits an TikTok gesendet wurde. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The publish journal %1 cannot be saved (%2). Nothing more is sent without it.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>Das Veröffentlichungsjournal %1 kann nicht gespeichert werden (%2). Ohne es wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>The publish journal %1 is damaged, so SKYBEAM cannot tell what was already sent to TikTok. Nothing was sent.</source>
        <extracomment>%1 is the journal&apos;s path.</extracomment>
        <translation>Das Veröffentlichungsjournal %1 ist beschädigt, daher kann SKYBEAM nicht erkennen, was bereits an TikTok gesendet wurde. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The damaged publish journal %1 cannot be moved aside. Nothing was sent.</source>
        <extracomment>%1 is the journal&apos;s path.</extracomment>
        <translation>Das beschädigte Veröffentlichungsjournal %1 kann nicht beiseitegelegt werden. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PublishStatus</name>
    <message>
        <source>TikTok is processing the upload…</source>
        <translation>TikTok verarbeitet den Upload …</translation>
    </message>
    <message>
        <source>TikTok is processing the video…</source>
        <translation>TikTok verarbeitet das Video …</translation>
    </message>
    <message>
        <source>In the account&apos;s TikTok inbox, ready to finish in the TikTok app.</source>
        <translation>Im TikTok-Posteingang des Kontos, bereit zum Abschließen in der TikTok-App.</translation>
    </message>
    <message>
        <source>Published on TikTok.</source>
        <translation>Auf TikTok veröffentlicht.</translation>
    </message>
    <message>
        <source>TikTok could not post the video.</source>
        <translation>TikTok konnte das Video nicht posten.</translation>
    </message>
    <message>
        <source>Waiting for TikTok…</source>
        <translation>Warten auf TikTok …</translation>
    </message>
</context>
<context>
    <name>Skybeam::RedirectUri</name>
    <message>
        <source>The redirect URI is empty. Use the one registered for your app, for example %1.</source>
        <translation>Die Redirect URI ist leer. Verwenden Sie die für Ihre App registrierte, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The redirect URI has spaces before or after it. Remove them: it must match the registered one character for character.</source>
        <translation>Vor oder nach der Redirect URI stehen Leerzeichen. Entfernen Sie sie: Die Adresse muss Zeichen für Zeichen mit der registrierten übereinstimmen.</translation>
    </message>
    <message>
        <source>The redirect URI is too long: TikTok allows fewer than %1 characters.</source>
        <translation>Die Redirect URI ist zu lang: TikTok erlaubt weniger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The redirect URI %1 is not an absolute address such as %2.</source>
        <translation>Die Redirect URI %1 ist keine vollständige Adresse wie %2.</translation>
    </message>
    <message>
        <source>The redirect URI %1 uses https. SKYBEAM Setup receives TikTok&apos;s answer on this computer over plain http: register and use an address such as %2.</source>
        <translation>Die Redirect URI %1 verwendet https. SKYBEAM Setup empfängt die Antwort von TikTok auf diesem Computer über einfaches http: Registrieren und verwenden Sie eine Adresse wie %2.</translation>
    </message>
    <message>
        <source>The redirect URI %1 must start with http://.</source>
        <translation>Die Redirect URI %1 muss mit http:// beginnen.</translation>
    </message>
    <message>
        <source>The redirect URI %1 must not contain a query (?) or a fragment (#).</source>
        <translation>Die Redirect URI %1 darf weder eine Abfrage (?) noch einen Anker (#) enthalten.</translation>
    </message>
    <message>
        <source>The redirect URI %1 must point at this computer: its host must be localhost or 127.0.0.1.</source>
        <translation>Die Redirect URI %1 muss auf diesen Computer zeigen: Ihr Host muss localhost oder 127.0.0.1 sein.</translation>
    </message>
    <message>
        <source>The redirect URI %1 has no port. Add the registered one, for example %2, or use a wildcard port registration such as http://127.0.0.1:*/callback/.</source>
        <translation>Die Redirect URI %1 hat keinen Port. Ergänzen Sie den registrierten, zum Beispiel %2, oder verwenden Sie eine Registrierung mit beliebigem Port (wildcard) wie http://127.0.0.1:*/callback/.</translation>
    </message>
    <message>
        <source>The redirect URI %1 has an invalid port.</source>
        <translation>Die Redirect URI %1 hat einen ungültigen Port.</translation>
    </message>
    <message>
        <source>The redirect URI %1 has characters that are not allowed in a path.</source>
        <translation>Die Redirect URI %1 enthält Zeichen, die in einem Pfad nicht erlaubt sind.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ReminderPlanner</name>
    <message>
        <source>Time to re-authorize TikTok soon</source>
        <translation>Bald TikTok erneut autorisieren</translation>
    </message>
    <message>
        <source>Re-authorize TikTok now</source>
        <translation>TikTok jetzt erneut autorisieren</translation>
    </message>
    <message>
        <source>Re-authorize now</source>
        <translation>Jetzt erneut autorisieren</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message numerus="yes">
        <source>%n new handoff pack(s) to post</source>
        <translation>
            <numerusform>%n neues Übergabepaket zum Posten</numerusform>
            <numerusform>%n neue Übergabepakete zum Posten</numerusform>
        </translation>
    </message>
    <message>
        <source>The publisher prepared posts for you to upload by hand (Handoff mode).</source>
        <translation>Der Publisher hat Beiträge vorbereitet, die Sie von Hand hochladen (Übergabemodus).</translation>
    </message>
    <message>
        <source>Browse packs</source>
        <translation>Pakete ansehen</translation>
    </message>
</context>
<context>
    <name>Skybeam::ReminderSchedule</name>
    <message>
        <source>Reminders are off: nothing tells you when it is time to re-authorize.</source>
        <translation>Erinnerungen sind aus: Nichts sagt Ihnen, wann die erneute Autorisierung fällig ist.</translation>
    </message>
    <message>
        <source>Reminders are on: a daily check (systemd user timer) tells you when it is time to re-authorize.</source>
        <translation>Erinnerungen sind an: Eine tägliche Prüfung (systemd-Benutzer-Timer) sagt Ihnen, wann die erneute Autorisierung fällig ist.</translation>
    </message>
    <message>
        <source>Reminders are on: a check at login tells you when it is time to re-authorize.</source>
        <translation>Erinnerungen sind an: Eine Prüfung bei der Anmeldung sagt Ihnen, wann die erneute Autorisierung fällig ist.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 lässt sich nicht entfernen.</translation>
    </message>
</context>
<context>
    <name>Skybeam::RoxyPaths</name>
    <message>
        <source>%1 is a symbolic link (to %2). For safety, SKYBEAM files are not written through a link that was not chosen: remove the link, or name the folder deliberately with --roxy-home or ROXY_HOME.</source>
        <extracomment>%1 is a folder such as ~/.roxy, %2 where the link points.</extracomment>
        <translation>%1 ist ein symbolischer Link (auf %2). Aus Sicherheitsgründen werden SKYBEAM-Dateien nicht über einen Link geschrieben, der nicht ausdrücklich gewählt wurde: Entfernen Sie den Link oder nennen Sie den Ordner ausdrücklich mit --roxy-home oder ROXY_HOME.</translation>
    </message>
</context>
<context>
    <name>Skybeam::SandboxBudget</name>
    <message>
        <source>The count of today&apos;s sandbox API calls (%1) cannot be saved.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Die Zählung der heutigen Sandbox-API-Aufrufe (%1) kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Sandbox app: %1 of the %2 API calls a day used so far; this uses up to %3.</source>
        <extracomment>%1 calls used of %2 (20) a day; %3 calls this step may use.</extracomment>
        <translation>Sandbox-App: %1 der %2 API-Aufrufe pro Tag bisher verbraucht; dieser Schritt braucht bis zu %3.</translation>
    </message>
    <message>
        <source>Sandbox apps get about %3 API calls a day, and only %1 are left today; this may use up to %2. TikTok may refuse the rest with &quot;Rate limit exceeded&quot; until tomorrow (UTC).</source>
        <extracomment>%1 is the number of calls left today, %2 the number this step may use, %3 the daily budget (20).</extracomment>
        <translation>Sandbox-Apps haben etwa %3 API-Aufrufe am Tag, und heute sind nur noch %1 übrig; dieser Schritt braucht womöglich bis zu %2. TikTok lehnt den Rest vielleicht bis morgen (UTC) mit „Rate limit exceeded“ ab.</translation>
    </message>
</context>
<context>
    <name>Skybeam::SavingPage</name>
    <message>
        <source>Saving your TikTok access</source>
        <translation>Ihr TikTok-Zugang wird gespeichert</translation>
    </message>
    <message>
        <source>The credentials are saved where the SKYBEAM publisher reads them.</source>
        <translation>Die Zugangsdaten werden dort gespeichert, wo der SKYBEAM-Publisher sie liest.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Re-authorize</source>
        <translation>E&amp;rneut autorisieren</translation>
    </message>
    <message>
        <source>Re-authorize: sign in with TikTok again</source>
        <translation>Erneut autorisieren: sich wieder mit TikTok anmelden</translation>
    </message>
    <message>
        <source>TikTok approved access</source>
        <translation>TikTok hat den Zugang freigegeben</translation>
    </message>
    <message>
        <source>TikTok approved access for %1</source>
        <translation>TikTok hat den Zugang für %1 freigegeben</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>Not everything was allowed</source>
        <translation>Nicht alles wurde erlaubt</translation>
    </message>
    <message>
        <source>Not allowed: %1. The app may not be approved for these yet, or they were unticked in the browser; the publisher may not be able to post. Re-authorize to try again.</source>
        <translation>Nicht erlaubt: %1. Vielleicht ist die App dafür noch nicht genehmigt, oder die Häkchen wurden im Browser entfernt; dann kann der Publisher womöglich nicht posten. Autorisieren Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>This is a different TikTok account than before</source>
        <translation>Das ist ein anderes TikTok-Konto als bisher</translation>
    </message>
    <message>
        <source>The publisher will post to the account you just signed in with. If that is not the right one, sign out of TikTok in your browser and re-authorize.</source>
        <translation>Der Publisher postet auf dem Konto, mit dem Sie sich gerade angemeldet haben. Ist es nicht das richtige, melden Sie sich im Browser bei TikTok ab und autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Saving the credential file…</source>
        <translation>Die Zugangsdatei wird gespeichert …</translation>
    </message>
    <message>
        <source>Storing the secret in the system keychain…</source>
        <translation>Das Geheimnis wird im Passwortspeicher des Systems abgelegt …</translation>
    </message>
    <message>
        <source>The credential file could not be saved</source>
        <translation>Die Zugangsdatei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Renewing your TikTok access</source>
        <translation>Ihr TikTok-Zugang wird erneuert</translation>
    </message>
    <message>
        <source>Renewing access with the saved refresh token…</source>
        <translation>Der Zugang wird mit dem gespeicherten Aktualisierungstoken erneuert …</translation>
    </message>
    <message>
        <source>Access could not be renewed</source>
        <translation>Der Zugang konnte nicht erneuert werden</translation>
    </message>
    <message>
        <source>Renewing is no longer possible: sign in with TikTok again (Re-authorize). Your saved app keys are used.</source>
        <translation>Erneuern ist nicht mehr möglich: Melden Sie sich erneut mit TikTok an („Erneut autorisieren“). Dabei werden die gespeicherten Schlüssel Ihrer App verwendet.</translation>
    </message>
    <message>
        <source>Got a new access token</source>
        <translation>Neues Zugriffstoken erhalten</translation>
    </message>
    <message>
        <source>Valid until %1. The publisher renews it by itself after that.</source>
        <translation>Gültig bis %1. Danach erneuert der Publisher es von selbst.</translation>
    </message>
    <message>
        <source>Saved the credential file</source>
        <translation>Zugangsdatei gespeichert</translation>
    </message>
    <message>
        <source>%1 — only you can read it. The publisher uses it from now on.</source>
        <translation>%1 – nur Sie können sie lesen. Der Publisher verwendet sie ab jetzt.</translation>
    </message>
    <message>
        <source>Secret stored in the system keychain</source>
        <translation>Geheimnis im Passwortspeicher des Systems abgelegt</translation>
    </message>
    <message>
        <source>The client secret and refresh token are also kept in the system keychain, so re-authorizing needs no typing.</source>
        <translation>Das Client-Geheimnis und das Aktualisierungstoken liegen auch im Passwortspeicher des Systems, so müssen Sie beim erneuten Autorisieren nichts eintippen.</translation>
    </message>
    <message>
        <source>Secret not stored in the system keychain</source>
        <translation>Geheimnis nicht im Passwortspeicher des Systems abgelegt</translation>
    </message>
    <message>
        <source>%1 The credential file was written all the same, so the publisher works.</source>
        <translation>%1 Die Zugangsdatei wurde trotzdem geschrieben, der Publisher funktioniert also.</translation>
    </message>
    <message>
        <source>Check the account: the publisher will post to %1</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Konto prüfen: Der Publisher veröffentlicht bei %1</translation>
    </message>
    <message>
        <source>This is the first TikTok account connected here. If %1 is not your account, sign out of TikTok in your browser and re-authorize.</source>
        <translation>Dies ist das erste hier verbundene TikTok-Konto. Wenn %1 nicht Ihr Konto ist, melden Sie sich im Browser von TikTok ab und autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Diagnose: check everything the TikTok connection depends on</source>
        <translation>Diagnose: alles prüfen, wovon die TikTok-Verbindung abhängt</translation>
    </message>
</context>
<context>
    <name>Skybeam::SendToTikTokDialog</name>
    <message>
        <source>Send to TikTok - %1</source>
        <extracomment>%1 is the pack&apos;s headline.</extracomment>
        <translation>An TikTok senden - %1</translation>
    </message>
    <message>
        <source>TikTok account</source>
        <translation>TikTok-Konto</translation>
    </message>
    <message>
        <source>Sandbox API calls</source>
        <translation>Sandbox-API-Aufrufe</translation>
    </message>
    <message>
        <source>&amp;Ask TikTok anyway</source>
        <translation>Trotzdem bei TikTok &amp;nachfragen</translation>
    </message>
    <message>
        <source>Ask TikTok about the account anyway</source>
        <translation>Trotzdem bei TikTok nach dem Konto fragen</translation>
    </message>
    <message>
        <source>Send to the TikTok &amp;inbox as a draft (you finish the post in the TikTok app)</source>
        <translation>Als Entwurf in den TikTok-&amp;Posteingang senden (Sie stellen den Beitrag in der TikTok-App fertig)</translation>
    </message>
    <message>
        <source>Send to the TikTok inbox as a draft</source>
        <translation>Als Entwurf in den TikTok-Posteingang senden</translation>
    </message>
    <message>
        <source>&amp;Post directly to the profile</source>
        <translation>&amp;Direkt im Profil posten</translation>
    </message>
    <message>
        <source>Post directly to the profile</source>
        <translation>Direkt im Profil posten</translation>
    </message>
    <message>
        <source>Who can see this post</source>
        <translation>Wer diesen Beitrag sehen kann</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Who can see this post:</source>
        <translation>&amp;Wer diesen Beitrag sehen kann:</translation>
    </message>
    <message>
        <source>Allow &amp;comments</source>
        <translation>&amp;Kommentare erlauben</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Kommentare erlauben</translation>
    </message>
    <message>
        <source>Allow &amp;duets</source>
        <translation>D&amp;uette erlauben</translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation>Duette erlauben</translation>
    </message>
    <message>
        <source>Allow s&amp;titches</source>
        <translation>S&amp;titches erlauben</translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation>Stitches erlauben</translation>
    </message>
    <message>
        <source>Posts will be private</source>
        <translation>Beiträge werden privat sein</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>Mit dem Posten stimmen Sie der „Music Usage Confirmation“ von TikTok zu.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Uploads</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>Stand des Uploads</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send to TikTok</source>
        <translation>An TikTok senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This pack cannot be sent: %1</source>
        <extracomment>%1 lists the pack&apos;s problems.</extracomment>
        <translation>Dieses Paket kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>SKYBEAM has not asked TikTok about the account yet.</source>
        <translation>SKYBEAM hat TikTok noch nicht nach dem Konto gefragt.</translation>
    </message>
    <message>
        <source>Asking TikTok about the account…</source>
        <translation>TikTok wird nach dem Konto gefragt …</translation>
    </message>
    <message>
        <source>TikTok account: not available.</source>
        <translation>TikTok-Konto: nicht verfügbar.</translation>
    </message>
    <message>
        <source>TikTok account: signed in (TikTok did not tell the name).</source>
        <translation>TikTok-Konto: angemeldet (TikTok hat den Namen nicht mitgeteilt).</translation>
    </message>
    <message>
        <source>TikTok account: %1</source>
        <translation>TikTok-Konto: %1</translation>
    </message>
    <message>
        <source>Choose where the video goes.</source>
        <translation>Wählen Sie, wohin das Video gehen soll.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 is the caption&apos;s length, %2 TikTok&apos;s limit (2,200).</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Turned off in the account&apos;s TikTok settings.</source>
        <translation>In den TikTok-Einstellungen des Kontos ausgeschaltet.</translation>
    </message>
    <message>
        <source>An inbox draft carries no caption: copy it from here and paste it in the TikTok app when you finish the post.</source>
        <translation>Ein Entwurf im Posteingang enthält keine Beschreibung: Kopieren Sie sie hier und fügen Sie sie in der TikTok-App ein, wenn Sie den Beitrag fertigstellen.</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>Trotzdem &amp;senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Asking TikTok to start the upload…</source>
        <translation>TikTok wird gebeten, den Upload zu beginnen …</translation>
    </message>
    <message>
        <source>Waiting for TikTok&apos;s rate limit (6 uploads a minute)…</source>
        <translation>Warten auf das Anfragelimit von TikTok (6 Uploads pro Minute) …</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen …</translation>
    </message>
    <message>
        <source>Uploaded. Waiting for TikTok to process the video…</source>
        <translation>Hochgeladen. Warten, bis TikTok das Video verarbeitet hat …</translation>
    </message>
    <message>
        <source>Part %1 of %2 · %3</source>
        <extracomment>%1 and %2 count the video&apos;s parts, %3 is the progress with speed and time left.</extracomment>
        <translation>Teil %1 von %2 · %3</translation>
    </message>
    <message>
        <source>The pack is marked as posted.</source>
        <translation>Das Paket ist als gepostet markiert.</translation>
    </message>
    <message>
        <source>The pack could not be marked as posted (%1).</source>
        <extracomment>%1 explains why the mark could not be saved.</extracomment>
        <translation>Das Paket konnte nicht als gepostet markiert werden (%1).</translation>
    </message>
    <message>
        <source>Capti&amp;on</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Send it a&amp;gain (another post on TikTok)</source>
        <translation>&amp;Erneut senden (ein weiterer Beitrag auf TikTok)</translation>
    </message>
    <message>
        <source>Send this pack to TikTok again</source>
        <translation>Dieses Paket erneut an TikTok senden</translation>
    </message>
    <message>
        <source>Notes on the send</source>
        <translation>Hinweise zum Senden</translation>
    </message>
    <message>
        <source>TikTok confirmed this pack on %1: it was published on the profile as a direct post (publish_id %2). Sending it again makes another post.</source>
        <translation>TikTok hat dieses Paket am %1 bestätigt: Es wurde als Direktbeitrag im Profil veröffentlicht (publish_id %2). Wenn Sie es erneut senden, entsteht ein weiterer Beitrag.</translation>
    </message>
    <message>
        <source>TikTok confirmed this pack on %1: it was sent to the TikTok inbox as a draft (publish_id %2). Sending it again makes another draft.</source>
        <translation>TikTok hat dieses Paket am %1 bestätigt: Es wurde als Entwurf in den TikTok-Posteingang gesendet (publish_id %2). Wenn Sie es erneut senden, entsteht ein weiterer Entwurf.</translation>
    </message>
    <message>
        <source>TikTok already has this pack. To send it once more, tick &quot;Send it again&quot;.</source>
        <translation>TikTok hat dieses Paket bereits. Um es noch einmal zu senden, setzen Sie das Häkchen bei „Erneut senden“.</translation>
    </message>
    <message>
        <source>Checking the publish journal and the account…</source>
        <translation>Das Veröffentlichungsjournal und das Konto werden geprüft…</translation>
    </message>
    <message>
        <source>The access token expired; renewing it, then asking TikTok again…</source>
        <translation>Das Zugriffstoken ist abgelaufen; es wird erneuert, dann wird TikTok erneut gefragt…</translation>
    </message>
    <message>
        <source>Continuing the interrupted send of this pack…</source>
        <translation>Das unterbrochene Senden dieses Pakets wird fortgesetzt …</translation>
    </message>
    <message>
        <source>If TikTok does not have this pack yet (look in the TikTok app&apos;s inbox and on the profile), tick &quot;Send anyway&quot;.</source>
        <translation>Wenn TikTok dieses Paket noch nicht hat (sehen Sie im Posteingang der TikTok-App und im Profil nach), setzen Sie das Häkchen bei „Trotzdem senden“.</translation>
    </message>
    <message>
        <source>Send a&amp;nyway (TikTok may already have this pack)</source>
        <translation>T&amp;rotzdem senden (TikTok hat dieses Paket vielleicht schon)</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupChecks</name>
    <message>
        <source>The credential file exists</source>
        <translation>Die Zugangsdatei ist vorhanden</translation>
    </message>
    <message>
        <source>There is no credential file</source>
        <translation>Es gibt keine Zugangsdatei</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Die Datei ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Client key saved</source>
        <translation>Client-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>No client key</source>
        <translation>Kein Client-Schlüssel</translation>
    </message>
    <message>
        <source>Client secret saved</source>
        <translation>Client-Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>No client secret</source>
        <translation>Kein Client-Geheimnis</translation>
    </message>
    <message>
        <source>Access token saved</source>
        <translation>Zugriffstoken gespeichert</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Kein Zugriffstoken</translation>
    </message>
    <message>
        <source>Sign in with TikTok to get one.</source>
        <translation>Melden Sie sich mit TikTok an, um eines zu erhalten.</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Dateiberechtigungen</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Renewal (refresh token)</source>
        <translation>Erneuerung (Aktualisierungstoken)</translation>
    </message>
    <message>
        <source>Permission to upload videos</source>
        <translation>Erlaubnis zum Hochladen von Videos</translation>
    </message>
    <message>
        <source>Authorized in the last 30 days</source>
        <translation>In den letzten 30 Tagen autorisiert</translation>
    </message>
    <message>
        <source>Allowed scopes</source>
        <translation>Erlaubte Scopes</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine gespeichert.</translation>
    </message>
    <message>
        <source>Sandbox app</source>
        <translation>Sandbox-App</translation>
    </message>
    <message>
        <source>Production app</source>
        <translation>Produktions-App</translation>
    </message>
    <message>
        <source>Posts are visible only to you, and TikTok allows about 20 API calls a day.</source>
        <translation>Beiträge sind nur für Sie sichtbar, und TikTok erlaubt etwa 20 API-Aufrufe am Tag.</translation>
    </message>
    <message>
        <source>Full API access once TikTok has approved the app.</source>
        <translation>Voller API-Zugang, sobald TikTok die App genehmigt hat.</translation>
    </message>
    <message>
        <source>Asking TikTok who you are…</source>
        <translation>TikTok wird gefragt, wer Sie sind …</translation>
    </message>
    <message>
        <source>Asking TikTok whether you can post…</source>
        <translation>TikTok wird gefragt, ob Sie posten können …</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>TikTok accepted the access token.</source>
        <translation>TikTok hat das Zugriffstoken akzeptiert.</translation>
    </message>
    <message>
        <source>TikTok did not accept the access</source>
        <translation>TikTok hat den Zugang nicht akzeptiert</translation>
    </message>
    <message>
        <source>Posting not checked</source>
        <translation>Posten nicht geprüft</translation>
    </message>
    <message>
        <source>The access token was not accepted, so posting could not be checked.</source>
        <translation>Das Zugriffstoken wurde nicht akzeptiert, daher konnte das Posten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Posting (scope video.publish) was not allowed, so TikTok cannot be asked whether this account can post.</source>
        <translation>Das Posten (Scope video.publish) wurde nicht erlaubt, daher kann TikTok nicht gefragt werden, ob dieses Konto posten kann.</translation>
    </message>
    <message>
        <source>This account cannot post right now</source>
        <translation>Dieses Konto kann gerade nicht posten</translation>
    </message>
    <message>
        <source>Can post, privately only</source>
        <translation>Kann posten, aber nur privat</translation>
    </message>
    <message>
        <source>TikTok offers only &quot;Only me&quot;: the app is not reviewed yet, or the account is private. Posts stay private until TikTok approves the app.</source>
        <translation>TikTok bietet nur „Nur ich“ an: Die App ist noch nicht geprüft, oder das Konto ist privat. Beiträge bleiben privat, bis TikTok die App genehmigt.</translation>
    </message>
    <message>
        <source>Can post</source>
        <translation>Kann posten</translation>
    </message>
    <message>
        <source>Who can see the posts: %1.</source>
        <translation>Wer die Beiträge sehen kann: %1.</translation>
    </message>
    <message>
        <source>TikTok offered no privacy level to post with.</source>
        <translation>TikTok hat keine Sichtbarkeitsstufe zum Posten angeboten.</translation>
    </message>
    <message>
        <source>Owner of the credential file</source>
        <translation>Eigentümer der Zugangsdatei</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupFlow</name>
    <message>
        <source>Another program is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %1 on this computer). Close that program and choose Try again, or choose Use a free port instead.</source>
        <extracomment>%1 is a port number.</extracomment>
        <translation>Ein anderes Programm verwendet die Adresse, die SKYBEAM für die Antwort von TikTok braucht (Port %1 auf diesem Computer). Schließen Sie dieses Programm und wählen Sie Erneut versuchen, oder wählen Sie Freien Port verwenden.</translation>
    </message>
    <message>
        <source>Another program, %1, is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %2 on this computer). Close %1 and choose Try again, or choose Use a free port instead.</source>
        <extracomment>%1 is a program&apos;s name, e.g. &quot;python3&quot;; %2 a port number.</extracomment>
        <translation>Ein anderes Programm, %1, verwendet die Adresse, die SKYBEAM für die Antwort von TikTok braucht (Port %2 auf diesem Computer). Schließen Sie %1 und wählen Sie Erneut versuchen, oder wählen Sie Freien Port verwenden.</translation>
    </message>
    <message>
        <source>This is a different TikTok account than before: the publisher will post to %1 from now on. If that is not the right account, sign out of TikTok in your browser and re-authorize.</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Dies ist ein anderes TikTok-Konto als zuvor: Der Publisher veröffentlicht ab jetzt bei %1. Wenn das nicht das richtige Konto ist, melden Sie sich im Browser von TikTok ab und autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Check the account: the publisher will post to %1. If that is not your account, sign out of TikTok in your browser and re-authorize.</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Prüfen Sie das Konto: Der Publisher veröffentlicht bei %1. Wenn das nicht Ihr Konto ist, melden Sie sich im Browser von TikTok ab und autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The reminders could not be turned on.</source>
        <translation>Die Erinnerungen konnten nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>The reminders could not be turned off.</source>
        <translation>Die Erinnerungen konnten nicht ausgeschaltet werden.</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupOverview</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>(not checked yet)</source>
        <translation>(noch nicht geprüft)</translation>
    </message>
    <message>
        <source>TikTok account: %1 (open_id %2)</source>
        <translation>TikTok-Konto: %1 (open_id %2)</translation>
    </message>
    <message>
        <source>Access token expires: %1</source>
        <translation>Zugriffstoken läuft ab: %1</translation>
    </message>
    <message>
        <source>Refresh token expires: %1</source>
        <translation>Aktualisierungstoken läuft ab: %1</translation>
    </message>
    <message>
        <source>Access granted: %1</source>
        <translation>Zugang erteilt: %1</translation>
    </message>
    <message>
        <source>Credential file: %1</source>
        <translation>Zugangsdatei: %1</translation>
    </message>
    <message>
        <source>Handoff packs not marked posted: %1</source>
        <translation>Nicht als gepostet markierte Übergabepakete: %1</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupSession</name>
    <message>
        <source>No system keychain is used.</source>
        <translation>Es wird kein Passwortspeicher des Systems verwendet.</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupWizard</name>
    <message>
        <source>SKYBEAM TikTok Setup</source>
        <translation>SKYBEAM TikTok Setup</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Skybeam::SignInPage</name>
    <message>
        <source>Sign in with TikTok</source>
        <translation>Mit TikTok anmelden</translation>
    </message>
    <message>
        <source>Approve SKYBEAM Publisher in your browser, with the TikTok account the publisher should post to.</source>
        <translation>Geben Sie SKYBEAM Publisher im Browser frei, mit dem TikTok-Konto, auf dem der Publisher posten soll.</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try signing in again</source>
        <translation>Erneut versuchen, sich anzumelden</translation>
    </message>
    <message>
        <source>Your browser shows TikTok&apos;s page: sign in there and click Authorize. When TikTok says you can close the tab, come back here: the wizard continues by itself.</source>
        <translation>Ihr Browser zeigt die Seite von TikTok: Melden Sie sich dort an und klicken Sie auf „Authorize“. Sobald TikTok meldet, dass Sie den Tab schließen können, kommen Sie hierher zurück: Der Assistent macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in link in the browser again</source>
        <translation>Den Anmeldelink erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in link to the clipboard</source>
        <translation>Den Anmeldelink in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Getting ready to sign in…</source>
        <translation>Anmeldung wird vorbereitet …</translation>
    </message>
    <message>
        <source>Waiting for you to approve in your browser…</source>
        <translation>Warten auf Ihre Freigabe im Browser …</translation>
    </message>
    <message>
        <source>TikTok approved. Getting your access from TikTok…</source>
        <translation>TikTok hat zugestimmt. Ihr Zugang wird von TikTok abgeholt …</translation>
    </message>
    <message>
        <source>Your browser did not open. Copy the link below and paste it into your browser&apos;s address bar, or click Open again.</source>
        <translation>Ihr Browser hat sich nicht geöffnet. Kopieren Sie den Link unten und fügen Sie ihn in die Adressleiste Ihres Browsers ein, oder klicken Sie auf „Erneut öffnen“.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>Die Anmeldung hat nicht geklappt.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <extracomment>Time left to approve in the browser, as minutes:seconds</extracomment>
        <translation>Verbleibende Zeit: %1:%2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The address of TikTok&apos;s sign-in page. Open it in your browser if the browser did not open by itself.</source>
        <translation>Die Adresse der Anmeldeseite von TikTok. Öffnen Sie sie in Ihrem Browser, falls sich der Browser nicht von selbst geöffnet hat.</translation>
    </message>
    <message>
        <source>Fix &amp;keys</source>
        <translation>&amp;Schlüssel korrigieren</translation>
    </message>
    <message>
        <source>Fix keys: back to the client key and client secret</source>
        <translation>Schlüssel korrigieren: zurück zu Client-Schlüssel und Client-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Use a free port instead</source>
        <translation>Freien &amp;Port verwenden</translation>
    </message>
    <message>
        <source>Use a free port instead of the one another program is using</source>
        <translation>Einen freien Port verwenden statt des Ports, den ein anderes Programm belegt</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Diagnose: check everything the TikTok connection depends on</source>
        <translation>Diagnose: alles prüfen, wovon die TikTok-Verbindung abhängt</translation>
    </message>
    <message>
        <source>Add this redirect URI to your app in the TikTok developer portal (Login Kit, Redirect URI), exactly as shown, then choose Try again:</source>
        <translation>Fügen Sie diese Weiterleitungs-URI im TikTok-Entwicklerportal zu Ihrer App hinzu (Login Kit, Redirect URI), genau wie angezeigt, und wählen Sie dann Erneut versuchen:</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>Die Weiterleitungs-URI in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Asking TikTok whether it accepts your app&apos;s keys…</source>
        <translation>TikTok wird gefragt, ob es die Schlüssel Ihrer App annimmt …</translation>
    </message>
    <message>
        <source>SKYBEAM now uses a free port for the sign-in. The developer portal is opening: add the redirect URI below to your app, then choose Try again.</source>
        <translation>SKYBEAM verwendet für die Anmeldung jetzt einen freien Port. Das Entwicklerportal wird geöffnet: Fügen Sie Ihrer App die Weiterleitungs-URI unten hinzu und wählen Sie dann Erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TikTokCall</name>
    <message>
        <source>TikTok is having trouble (HTTP status %1, %2 attempts). Wait a few minutes and try again.</source>
        <extracomment>%1 is an HTTP status number, %2 a number of attempts.</extracomment>
        <translation>TikTok hat gerade Probleme (HTTP-Status %1, %2 Versuche). Warten Sie ein paar Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to TikTok could not be verified, so nothing was sent. Check the computer&apos;s date and time, and any proxy or security software that intercepts HTTPS.</source>
        <translation>Die sichere Verbindung zu TikTok konnte nicht überprüft werden, daher wurde nichts gesendet. Prüfen Sie Datum und Uhrzeit des Computers sowie Proxys oder Sicherheitssoftware, die HTTPS abfangen.</translation>
    </message>
    <message>
        <source>TikTok did not answer within %1 seconds (%2 attempts). Check the internet connection and try again.</source>
        <extracomment>%1 is a number of seconds, %2 a number of attempts.</extracomment>
        <translation>TikTok hat nicht innerhalb von %1 Sekunden geantwortet (%2 Versuche). Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TikTok&apos;s server %1 could not be found. Check the internet connection.</source>
        <extracomment>%1 is a host name such as open.tiktokapis.com.</extracomment>
        <translation>Der TikTok-Server %1 wurde nicht gefunden. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>The proxy server did not let SKYBEAM Setup reach TikTok. Check the proxy settings.</source>
        <translation>Der Proxyserver hat SKYBEAM Setup nicht zu TikTok durchgelassen. Prüfen Sie die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup could not reach TikTok (%1 attempts). Check the internet connection and try again.</source>
        <extracomment>%1 is a number of attempts.</extracomment>
        <translation>SKYBEAM Setup konnte TikTok nicht erreichen (%1 Versuche). Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TikTokEndpoints</name>
    <message>
        <source>%1 does not hold a usable address (%2). Unset it to use TikTok itself.</source>
        <extracomment>%1 is an environment variable name, %2 the URL it holds.</extracomment>
        <translation>%1 enthält keine verwendbare Adresse (%2). Entfernen Sie die Variable, um TikTok selbst zu verwenden.</translation>
    </message>
    <message>
        <source>%1 must use https (%2). Plain http is allowed only for a test server on this computer (localhost or 127.0.0.1), because secrets and tokens travel over this connection.</source>
        <extracomment>%1 is an environment variable name, %2 the URL it holds.</extracomment>
        <translation>%1 muss https verwenden (%2). Einfaches http ist nur für einen Testserver auf diesem Computer erlaubt (localhost oder 127.0.0.1), weil Geheimnisse und Tokens über diese Verbindung laufen.</translation>
    </message>
    <message>
        <source>%1 points to %2, which is neither TikTok nor this computer, and would receive the client secret and tokens. Unset it, or add --allow-custom-endpoints if you really mean it.</source>
        <extracomment>%1 is an environment variable name, %2 the URL it holds.</extracomment>
        <translation>%1 zeigt auf %2, das weder TikTok noch dieser Computer ist und das Client Secret und die Tokens erhalten würde. Entfernen Sie die Variable, oder geben Sie --allow-custom-endpoints an, wenn Sie das wirklich wollen.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TikTokErrors</name>
    <message>
        <source>You declined the request on TikTok&apos;s page, so SKYBEAM was not connected. Start again and choose Authorize to connect your account.</source>
        <translation>Sie haben die Anfrage auf der Seite von TikTok abgelehnt, daher wurde SKYBEAM nicht verbunden. Beginnen Sie erneut und wählen Sie „Authorize“, um Ihr Konto zu verbinden.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts the stored refresh token: it has expired or was revoked (&quot;Token expired&quot;). Sign in with TikTok again to re-authorize SKYBEAM.</source>
        <translation>TikTok akzeptiert das gespeicherte Aktualisierungstoken nicht mehr: Es ist abgelaufen oder wurde widerrufen („Token expired“). Melden Sie sich erneut mit TikTok an, um SKYBEAM erneut zu autorisieren.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts the stored token; it was already revoked or has expired.</source>
        <translation>TikTok akzeptiert das gespeicherte Token nicht mehr; es wurde bereits widerrufen oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>TikTok refused the sign-in code: it expired, was already used, or the redirect URI does not match the one registered for your app. Start the sign-in again.</source>
        <translation>TikTok hat den Anmeldecode abgelehnt: Er ist abgelaufen, wurde schon verwendet, oder die Redirect URI stimmt nicht mit der für Ihre App registrierten überein. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>TikTok could not match this sign-in&apos;s security check (&quot;Code verifier or code challenge is invalid&quot;). Start the sign-in again; if it keeps failing, report it with the log ID.</source>
        <translation>TikTok konnte die Sicherheitsprüfung dieser Anmeldung nicht zuordnen („Code verifier or code challenge is invalid“). Starten Sie die Anmeldung erneut; schlägt sie weiter fehl, melden Sie den Fehler mit der Protokoll-ID.</translation>
    </message>
    <message>
        <source>TikTok refused the redirect URI. It must match one registered for your app in the Developer Portal character for character (Login Kit, Redirect URI).</source>
        <translation>TikTok hat die Redirect URI abgelehnt. Sie muss Zeichen für Zeichen mit einer im Entwicklerportal für Ihre App registrierten übereinstimmen (Login Kit, Redirect URI).</translation>
    </message>
    <message>
        <source>TikTok refused the request as incomplete or malformed (%1). Start again; if it keeps failing, report it with the log ID.</source>
        <extracomment>%1 is TikTok&apos;s own (English) explanation.</extracomment>
        <translation>TikTok hat die Anfrage als unvollständig oder fehlerhaft abgelehnt (%1). Beginnen Sie erneut; schlägt es weiter fehl, melden Sie den Fehler mit der Protokoll-ID.</translation>
    </message>
    <message>
        <source>TikTok refused the requested permissions (&quot;Application not approved for Content Posting API&quot;). Uploading and posting need the Content Posting API approved for your app: apply in the Developer Portal, or use Handoff Mode (manual uploads) until it is approved.</source>
        <translation>TikTok hat die angeforderten Berechtigungen abgelehnt („Application not approved for Content Posting API“). Zum Hochladen und Posten muss die Content Posting API für Ihre App genehmigt sein: Beantragen Sie sie im Entwicklerportal, oder nutzen Sie bis zur Genehmigung den Übergabemodus (Hochladen von Hand).</translation>
    </message>
    <message>
        <source>TikTok does not support the kind of request SKYBEAM Setup sent. Please report this together with the log ID.</source>
        <translation>TikTok unterstützt die Art von Anfrage nicht, die SKYBEAM Setup gesendet hat. Bitte melden Sie das zusammen mit der Protokoll-ID.</translation>
    </message>
    <message>
        <source>TikTok is having trouble right now. Wait a few minutes and try again.</source>
        <translation>TikTok hat gerade Probleme. Warten Sie ein paar Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TikTok refused the request (%1: %2).</source>
        <extracomment>%1 is TikTok&apos;s error code, %2 its (English) explanation.</extracomment>
        <translation>TikTok hat die Anfrage abgelehnt (%1: %2).</translation>
    </message>
    <message>
        <source>The access token has expired or is no longer valid (&quot;Token expired&quot;). SKYBEAM renews it with the refresh token; if that fails, sign in with TikTok again.</source>
        <translation>Das Zugriffstoken ist abgelaufen oder nicht mehr gültig („Token expired“). SKYBEAM erneuert es mit dem Aktualisierungstoken; klappt das nicht, melden Sie sich erneut mit TikTok an.</translation>
    </message>
    <message>
        <source>This TikTok account has not granted the permission this step needs, or the app is not approved for it (&quot;Application not approved for Content Posting API&quot;). Sign in again and allow every permission, and check the app&apos;s approval in the Developer Portal.</source>
        <translation>Dieses TikTok-Konto hat die Berechtigung für diesen Schritt nicht erteilt, oder die App ist dafür nicht genehmigt („Application not approved for Content Posting API“). Melden Sie sich erneut an, erlauben Sie alle Berechtigungen und prüfen Sie die Genehmigung der App im Entwicklerportal.</translation>
    </message>
    <message>
        <source>SKYBEAM asked TikTok for information the granted permissions do not cover. Sign in again and allow every permission.</source>
        <translation>SKYBEAM hat TikTok nach Informationen gefragt, die die erteilten Berechtigungen nicht abdecken. Melden Sie sich erneut an und erlauben Sie alle Berechtigungen.</translation>
    </message>
    <message>
        <source>TikTok refused the request&apos;s parameters (%1). Please report this with the log ID.</source>
        <extracomment>%1 is TikTok&apos;s own (English) explanation.</extracomment>
        <translation>TikTok hat die Parameter der Anfrage abgelehnt (%1). Bitte melden Sie das mit der Protokoll-ID.</translation>
    </message>
    <message>
        <source>TikTok refused the uploaded file. Check that it is a supported video and try again.</source>
        <translation>TikTok hat die hochgeladene Datei abgelehnt. Prüfen Sie, ob es ein unterstütztes Video ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TikTok had an internal problem. Wait a few minutes and try again.</source>
        <translation>Bei TikTok ist ein interner Fehler aufgetreten. Warten Sie ein paar Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This account has reached TikTok&apos;s daily posting limit. Try again tomorrow.</source>
        <translation>Dieses Konto hat das tägliche Posting-Limit von TikTok erreicht. Versuchen Sie es morgen erneut.</translation>
    </message>
    <message>
        <source>TikTok does not allow this account to post at the moment. Check the account in the TikTok app.</source>
        <translation>TikTok lässt dieses Konto im Moment nicht posten. Prüfen Sie das Konto in der TikTok-App.</translation>
    </message>
    <message>
        <source>Too many uploads are waiting in this account&apos;s TikTok inbox. Finish or delete some in the TikTok app, then try again.</source>
        <translation>Im TikTok-Posteingang dieses Kontos warten zu viele Uploads. Schließen Sie einige in der TikTok-App ab oder löschen Sie sie, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The app has reached TikTok&apos;s limit of active users for today (an unaudited app allows 5 posting users in 24 hours). Try again later or submit the app for review.</source>
        <translation>Die App hat das heutige Limit von TikTok für aktive Benutzer erreicht (eine ungeprüfte App erlaubt 5 postende Benutzer in 24 Stunden). Versuchen Sie es später erneut oder reichen Sie die App zur Prüfung ein.</translation>
    </message>
    <message>
        <source>The app has not passed TikTok&apos;s review yet, so it can post only to a private account and only as &quot;Only me&quot;. Make the account private, or submit the app for review.</source>
        <translation>Die App hat die Prüfung durch TikTok noch nicht bestanden, daher kann sie nur auf ein privates Konto und nur als „Nur ich“ posten. Stellen Sie das Konto auf privat, oder reichen Sie die App zur Prüfung ein.</translation>
    </message>
    <message>
        <source>The chosen privacy level is not one this account offers. Pick one of the listed options.</source>
        <translation>Die gewählte Sichtbarkeitsstufe bietet dieses Konto nicht an. Wählen Sie eine der aufgeführten Möglichkeiten.</translation>
    </message>
    <message>
        <source>TikTok requires the video&apos;s web address to be on a domain verified for the app.</source>
        <translation>TikTok verlangt, dass die Webadresse des Videos auf einer für die App bestätigten Domain liegt.</translation>
    </message>
    <message>
        <source>TikTok does not accept this video format. Use MP4 (recommended), MOV or WebM.</source>
        <translation>TikTok akzeptiert dieses Videoformat nicht. Verwenden Sie MP4 (empfohlen), MOV oder WebM.</translation>
    </message>
    <message>
        <source>The video is longer than this account may post.</source>
        <translation>Das Video ist länger, als dieses Konto posten darf.</translation>
    </message>
    <message>
        <source>TikTok accepts videos of 23 to 60 frames per second only.</source>
        <translation>TikTok akzeptiert nur Videos mit 23 bis 60 Bildern pro Sekunde.</translation>
    </message>
    <message>
        <source>TikTok accepts videos of 360 to 4096 pixels per side only.</source>
        <translation>TikTok akzeptiert nur Videos mit 360 bis 4096 Pixeln pro Seite.</translation>
    </message>
    <message>
        <source>TikTok&apos;s rate limit was reached (&quot;Rate limit exceeded&quot;). Wait and try again later. Sandbox apps get only 20 calls a day; production apps get higher limits based on the app&apos;s tier.</source>
        <translation>Das Anfragelimit von TikTok wurde erreicht („Rate limit exceeded“). Warten Sie und versuchen Sie es später erneut. Sandbox-Apps haben nur 20 Aufrufe am Tag; Produktions-Apps bekommen je nach Stufe der App höhere Limits.</translation>
    </message>
    <message>
        <source>You signed in as %1, which is not the TikTok account stored before (&quot;User not authorized&quot;). The account that authorizes SKYBEAM must be the one you publish to: sign in again with the correct account.</source>
        <extracomment>%1 is the TikTok display name that just signed in.</extracomment>
        <translation>Sie haben sich als %1 angemeldet, das ist nicht das bisher gespeicherte TikTok-Konto („User not authorized“). Das Konto, das SKYBEAM autorisiert, muss dasjenige sein, auf dem Sie veröffentlichen: Melden Sie sich mit dem richtigen Konto erneut an.</translation>
    </message>
    <message>
        <source>No refresh token is stored. Sign in with TikTok to authorize SKYBEAM.</source>
        <translation>Es ist kein Aktualisierungstoken gespeichert. Melden Sie sich mit TikTok an, um SKYBEAM zu autorisieren.</translation>
    </message>
    <message>
        <source>The stored refresh token has expired (&quot;Token expired&quot;). Sign in with TikTok again to re-authorize SKYBEAM.</source>
        <translation>Das gespeicherte Aktualisierungstoken ist abgelaufen („Token expired“). Melden Sie sich erneut mit TikTok an, um SKYBEAM erneut zu autorisieren.</translation>
    </message>
    <message>
        <source>TikTok sent an answer SKYBEAM Setup does not understand (HTTP status %1). Try again later.</source>
        <extracomment>%1 is an HTTP status number.</extracomment>
        <translation>TikTok hat eine Antwort geschickt, die SKYBEAM Setup nicht versteht (HTTP-Status %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>TikTok rejected this client key and client secret pair — usually the secret is wrong or was reset in the portal.</source>
        <translation>TikTok hat dieses Paar aus Client-Schlüssel und Client-Geheimnis abgelehnt – meist ist das Geheimnis falsch oder wurde im Portal zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 TikTok said: &quot;%2&quot;</source>
        <extracomment>%1 is the message so far, %2 TikTok&apos;s own (English) words, quoted as TikTok sent them.</extracomment>
        <translation>%1 TikTok meldete: „%2“</translation>
    </message>
</context>
<context>
    <name>Skybeam::TokenMaintenance</name>
    <message>
        <source>No TikTok credentials are stored yet. Sign in with TikTok first.</source>
        <translation>Es sind noch keine TikTok-Zugangsdaten gespeichert. Melden Sie sich zuerst mit TikTok an.</translation>
    </message>
    <message>
        <source>The stored credentials have no client key. Sign in with TikTok again.</source>
        <translation>Die gespeicherten Zugangsdaten enthalten keinen Client-Schlüssel. Melden Sie sich erneut mit TikTok an.</translation>
    </message>
    <message>
        <source>No client secret is stored, neither in the credential file nor in the keychain. Sign in with TikTok again and give the Client Secret.</source>
        <translation>Es ist kein Client-Geheimnis gespeichert, weder in der Zugangsdatei noch im Passwortspeicher. Melden Sie sich erneut mit TikTok an und geben Sie das „Client Secret“ an.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TokenRefresher</name>
    <message>
        <source>The credential store is gone.</source>
        <translation>Der Zugangsdatenspeicher ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TokenRevoker</name>
    <message>
        <source>The credential store is gone.</source>
        <translation>Der Zugangsdatenspeicher ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TransferProgress</name>
    <message>
        <source>%1/s</source>
        <extracomment>%1 is an amount of data such as &quot;12.3 MB&quot;; &quot;/s&quot; means per second.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% · %2 of %3</source>
        <extracomment>%1 is a percentage number, %2 and %3 amounts of data (&quot;9.0 MB of 20.0 MB&quot;).</extracomment>
        <translation>%1 % · %2 von %3</translation>
    </message>
</context>
<context>
    <name>Skybeam::UploadResult</name>
    <message>
        <source>Sent to the account&apos;s TikTok inbox. Open the TikTok app to add the caption and post it.</source>
        <translation>An den TikTok-Posteingang des Kontos gesendet. Öffnen Sie die TikTok-App, um die Beschreibung hinzuzufügen und den Beitrag zu posten.</translation>
    </message>
    <message>
        <source>Sent to %1&apos;s TikTok inbox. Open the TikTok app to add the caption and post it.</source>
        <extracomment>%1 is the TikTok account&apos;s nickname.</extracomment>
        <translation>An den TikTok-Posteingang von %1 gesendet. Öffnen Sie die TikTok-App, um die Beschreibung hinzuzufügen und den Beitrag zu posten.</translation>
    </message>
    <message>
        <source>Published on TikTok.</source>
        <translation>Auf TikTok veröffentlicht.</translation>
    </message>
    <message>
        <source>Published on %1&apos;s TikTok profile.</source>
        <extracomment>%1 is the TikTok account&apos;s nickname.</extracomment>
        <translation>Im TikTok-Profil von %1 veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ValidationPage</name>
    <message>
        <source>Check your setup</source>
        <translation>Ihre Einrichtung prüfen</translation>
    </message>
    <message>
        <source>The runbook&apos;s checks on the credential file, then a live check with TikTok.</source>
        <translation>Die Prüfungen aus dem Runbook für die Zugangsdatei, dann eine Live-Prüfung bei TikTok.</translation>
    </message>
    <message>
        <source>&amp;Fix permissions</source>
        <translation>Berechtigungen &amp;korrigieren</translation>
    </message>
    <message>
        <source>Fix the credential file&apos;s permissions so only you can read it</source>
        <translation>Die Berechtigungen der Zugangsdatei korrigieren, damit nur Sie sie lesen können</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Be&amp;richt kopieren</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Den Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Live check with TikTok</source>
        <translation>Live-Prüfung bei TikTok</translation>
    </message>
    <message>
        <source>Credential file (the runbook&apos;s checks)</source>
        <translation>Zugangsdatei (die Prüfungen aus dem Runbook)</translation>
    </message>
    <message>
        <source>Security and expiry</source>
        <translation>Sicherheit und Ablauf</translation>
    </message>
    <message>
        <source>Sandbox apps get about 20 API calls a day; this check uses 2 of them.</source>
        <translation>Sandbox-Apps haben etwa 20 API-Aufrufe am Tag; diese Prüfung verbraucht 2 davon.</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox apps get about 20 API calls a day; this check used %n of them.</source>
        <translation>
            <numerusform>Sandbox-Apps haben etwa 20 API-Aufrufe am Tag; diese Prüfung hat %n davon verbraucht.</numerusform>
            <numerusform>Sandbox-Apps haben etwa 20 API-Aufrufe am Tag; diese Prüfung hat %n davon verbraucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed: only you can read the credential file now.</source>
        <translation>Korrigiert: Nur Sie können die Zugangsdatei jetzt lesen.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Diagnose: check everything the TikTok connection depends on</source>
        <translation>Diagnose: alles prüfen, wovon die TikTok-Verbindung abhängt</translation>
    </message>
</context>
<context>
    <name>Skybeam::WelcomePage</name>
    <message>
        <source>Welcome to SKYBEAM TikTok Setup</source>
        <translation>Willkommen bei SKYBEAM TikTok Setup</translation>
    </message>
    <message>
        <source>Connects the SKYBEAM publisher to your TikTok account, step by step.</source>
        <translation>Verbindet den SKYBEAM-Publisher Schritt für Schritt mit Ihrem TikTok-Konto.</translation>
    </message>
    <message>
        <source>&amp;Set up TikTok</source>
        <translation>TikTok &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Re-authorize</source>
        <translation>E&amp;rneut autorisieren</translation>
    </message>
    <message>
        <source>Rene&amp;w now</source>
        <translation>&amp;Jetzt erneuern</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>Einrichtung &amp;prüfen</translation>
    </message>
    <message>
        <source>Browse handoff &amp;packs</source>
        <translation>Übergabepakete &amp;ansehen</translation>
    </message>
    <message>
        <source>See the upload packs the publisher prepared for posting by hand.</source>
        <translation>Die Übergabepakete ansehen, die der Publisher zum Posten von Hand vorbereitet hat.</translation>
    </message>
    <message>
        <source>I &amp;don&apos;t have API access yet</source>
        <translation>Ich habe noch &amp;keinen API-Zugang</translation>
    </message>
    <message>
        <source>Learn how SKYBEAM works without TikTok&apos;s API, and see its handoff packs.</source>
        <translation>Erfahren Sie, wie SKYBEAM ohne die API von TikTok arbeitet, und sehen Sie sich die Übergabepakete an.</translation>
    </message>
    <message>
        <source>Credential file: %1</source>
        <translation>Zugangsdatei: %1</translation>
    </message>
    <message>
        <source>Recommended. %1</source>
        <translation>Empfohlen. %1</translation>
    </message>
    <message>
        <source>Create your TikTok app, enter its keys and sign in. The guide walks you through every step.</source>
        <translation>Erstellen Sie Ihre TikTok-App, geben Sie ihre Schlüssel ein und melden Sie sich an. Die Anleitung führt Sie durch jeden Schritt.</translation>
    </message>
    <message>
        <source>Start again with a new or changed TikTok app.</source>
        <translation>Noch einmal von vorn beginnen, mit einer neuen oder geänderten TikTok-App.</translation>
    </message>
    <message>
        <source>Sign in with TikTok again using your saved app keys.</source>
        <translation>Erneut mit TikTok anmelden, mit den gespeicherten Schlüsseln Ihrer App.</translation>
    </message>
    <message>
        <source>Get a new access token with the saved refresh token. No browser needed.</source>
        <translation>Ein neues Zugriffstoken mit dem gespeicherten Aktualisierungstoken holen. Kein Browser nötig.</translation>
    </message>
    <message>
        <source>Check the saved credentials and ask TikTok whether they work.</source>
        <translation>Die gespeicherten Zugangsdaten prüfen und bei TikTok nachfragen, ob sie funktionieren.</translation>
    </message>
    <message>
        <source>Without TikTok API access, SKYBEAM works in Handoff mode: for each video the publisher prepares an upload pack in %1 with the video, its caption, metadata and a thumbnail, and you post it yourself in the TikTok app or on tiktok.com. Handoff mode needs no setup: it is used automatically while no credentials are saved. Meanwhile you can apply for the Content Posting API in the TikTok developer portal (Set up TikTok shows how) and come back when it is approved.</source>
        <translation>Ohne Zugang zur TikTok-API arbeitet SKYBEAM im Übergabemodus: Für jedes Video legt der Publisher in %1 ein Übergabepaket mit dem Video, seiner Beschreibung, Metadaten und einem Vorschaubild an, und Sie posten es selbst in der TikTok-App oder auf tiktok.com. Der Übergabemodus braucht keine Einrichtung: Er gilt automatisch, solange keine Zugangsdaten gespeichert sind. In der Zwischenzeit können Sie im TikTok-Entwicklerportal die Content Posting API beantragen („TikTok einrichten“ zeigt, wie) und zurückkommen, sobald sie genehmigt ist.</translation>
    </message>
    <message>
        <source>Not possible: the client secret is neither in the credential file nor in the system keychain. Re-authorize instead.</source>
        <translation>Nicht möglich: Das Client-Geheimnis ist weder in der Zugangsdatei noch im Passwortspeicher des Systems. Autorisieren Sie stattdessen erneut.</translation>
    </message>
    <message>
        <source>Dia&amp;gnose a problem</source>
        <translation>Ein Problem &amp;untersuchen</translation>
    </message>
    <message>
        <source>Check everything the TikTok connection depends on, with a fix for each problem.</source>
        <translation>Alles prüfen, wovon die TikTok-Verbindung abhängt, mit einer Lösung für jedes Problem.</translation>
    </message>
</context>
<context>
    <name>authorize</name>
    <message>
        <source>cannot read the client secret file %1 (%2)</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>die Datei mit dem Client-Geheimnis %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the client secret file %1 is too large to hold a client secret</source>
        <translation>die Datei %1 ist zu groß, um ein Client-Geheimnis zu enthalten</translation>
    </message>
    <message>
        <source>the client secret file %1 is empty</source>
        <translation>die Datei mit dem Client-Geheimnis %1 ist leer</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; restrict it with chmod 600.</source>
        <translation>Warnung: %1 kann von anderen Benutzern gelesen werden; schränken Sie das mit chmod 600 ein.</translation>
    </message>
    <message>
        <source>Client secret for %1 (typing is hidden): </source>
        <extracomment>%1 is the client key.</extracomment>
        <translation>Client-Geheimnis für %1 (die Eingabe ist verborgen): </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Open the address above in your browser, sign in with TikTok and click Authorize. Waiting up to %n minute(s); Ctrl-C cancels.</source>
        <translation>
            <numerusform>Öffnen Sie die Adresse oben in Ihrem Browser, melden Sie sich mit TikTok an und klicken Sie auf „Authorize“. Gewartet wird bis zu %n Minute; Strg-C bricht ab.</numerusform>
            <numerusform>Öffnen Sie die Adresse oben in Ihrem Browser, melden Sie sich mit TikTok an und klicken Sie auf „Authorize“. Gewartet wird bis zu %n Minuten; Strg-C bricht ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden; öffnen Sie die Adresse oben selbst.</translation>
    </message>
    <message>
        <source>no client secret: give --client-secret-file FILE (neither the keychain nor the credential file has one for this client key, and there is no terminal to ask on)</source>
        <translation>kein Client-Geheimnis: Geben Sie --client-secret-file DATEI an (weder der Passwortspeicher noch die Zugangsdatei enthält eines für diesen Client-Schlüssel, und es gibt kein Terminal für eine Abfrage)</translation>
    </message>
    <message>
        <source>Connected to TikTok as %1 (open_id %2).</source>
        <extracomment>%1 is the TikTok display name, %2 the account&apos;s open_id.</extracomment>
        <translation>Mit TikTok verbunden als %1 (open_id %2).</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <extracomment>%1 is a comma-separated list of permissions.</extracomment>
        <translation>Erteilte Scopes: %1</translation>
    </message>
    <message>
        <source>Access token valid until %1; refresh token until %2.</source>
        <extracomment>%1 and %2 are dates and times.</extracomment>
        <translation>Zugriffstoken gültig bis %1, Aktualisierungstoken bis %2.</translation>
    </message>
    <message>
        <source>Saved to %1 and the system keychain.</source>
        <translation>Gespeichert in %1 und im Passwortspeicher des Systems.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Note: the system keychain was not used: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation.</extracomment>
        <translation>Hinweis: Der Passwortspeicher des Systems wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Warning: not granted: %1. Publishing needs them; run authorize again and allow every permission.</source>
        <translation>Warnung: nicht erteilt: %1. Zum Veröffentlichen sind sie nötig; führen Sie authorize erneut aus und erlauben Sie alle Berechtigungen.</translation>
    </message>
    <message>
        <source>Warning: this is a different TikTok account than the one stored before. The SKYBEAM publisher will now post to %1.</source>
        <translation>Warnung: Das ist ein anderes TikTok-Konto als das bisher gespeicherte. Der SKYBEAM-Publisher postet ab jetzt auf %1.</translation>
    </message>
    <message>
        <source>Signs in with TikTok in the browser and saves the tokens for the SKYBEAM publisher (file and keychain).
Prints the authorization URL on its own line on stdout, then a short summary.
Exit code: 0 connected, 1 not connected (denied, timeout, port busy, TikTok error), 2 usage error.
Environment: SKYBEAM_TIKTOK_AUTH_URL, SKYBEAM_TIKTOK_API_BASE (a test server), BROWSER.</source>
        <translation>Meldet sich im Browser mit TikTok an und speichert die Tokens für den SKYBEAM-Publisher (Datei und Passwortspeicher).
Gibt die Autorisierungsadresse in einer eigenen Zeile auf stdout aus, danach eine kurze Zusammenfassung.
Rückgabewert: 0 verbunden, 1 nicht verbunden (abgelehnt, Zeitüberschreitung, Port belegt, Fehler bei TikTok), 2 Aufruffehler.
Umgebung: SKYBEAM_TIKTOK_AUTH_URL, SKYBEAM_TIKTOK_API_BASE (ein Testserver), BROWSER.</translation>
    </message>
    <message>
        <source>The app&apos;s Client Key from the TikTok Developer Portal (required).</source>
        <translation>Der „Client Key“ der App aus dem TikTok-Entwicklerportal (erforderlich).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Read the Client Secret from FILE (first line). Without it: the keychain, the stored credential file, or a hidden prompt.</source>
        <translation>Das „Client Secret“ aus DATEI lesen (erste Zeile). Ohne diese Option: aus dem Passwortspeicher, der gespeicherten Zugangsdatei oder einer verdeckten Eingabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A redirect URI registered for the app (default %1; a wildcard port such as http://127.0.0.1:*/callback/ picks a free port).</source>
        <translation>Eine für die App registrierte Redirect URI (Standard %1; ein beliebiger Port (wildcard) wie http://127.0.0.1:*/callback/ wählt einen freien Port).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Comma-separated permissions (default %1).</source>
        <translation>Durch Kommas getrennte Berechtigungen (Standard %1).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Give up after SECONDS without an answer from the browser (default 300).</source>
        <translation>Nach SEKUNDEN ohne Antwort aus dem Browser aufgeben (Standard 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--client-key KEY is required</source>
        <translation>--client-key SCHLÜSSEL ist erforderlich</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>Check the account: the SKYBEAM publisher will post to %1. This is the first TikTok account connected here; if it is not yours, run &apos;skybeam-setup revoke&apos; and authorize again.</source>
        <extracomment>%1 is the TikTok display name.</extracomment>
        <translation>Konto prüfen: Der SKYBEAM-Publisher veröffentlicht bei %1. Dies ist das erste hier verbundene TikTok-Konto; wenn es nicht Ihres ist, führen Sie &apos;skybeam-setup revoke&apos; aus und autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Browser on another computer? After you click Authorize, its page will not load (it goes to %1, an address on that computer). Copy the whole address from its address bar, paste it here and press Enter.</source>
        <extracomment>%1 is the redirect URI with its port, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>Browser an einem anderen Computer? Nach dem Klick auf Autorisieren lädt seine Seite nicht (sie geht zu %1, einer Adresse auf jenem Computer). Kopieren Sie die ganze Adresse aus seiner Adressleiste, fügen Sie sie hier ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Or, before clicking Authorize, forward the port from that computer, and its browser comes back here by itself: ssh -L %1:127.0.0.1:%1 %2 (with a fixed port in the redirect URI, such as the default http://localhost:8080/callback, one tunnel serves every sign-in).</source>
        <extracomment>%1 is a port number, %2 this computer&apos;s name. &quot;ssh -L %1:127.0.0.1:%1 %2&quot; is a command line.</extracomment>
        <translation>Oder leiten Sie vor dem Klick auf Autorisieren den Port von jenem Computer weiter, dann kommt sein Browser von selbst hierher zurück: ssh -L %1:127.0.0.1:%1 %2 (mit einem festen Port in der Weiterleitungs-URI, etwa der Vorgabe http://localhost:8080/callback, dient ein Tunnel jeder Anmeldung).</translation>
    </message>
    <message>
        <source>(What you paste is not shown.)</source>
        <translation>(Was Sie einfügen, wird nicht angezeigt.)</translation>
    </message>
    <message>
        <source>Address not accepted: %1 Still waiting.</source>
        <extracomment>%1 says why the pasted address was refused.</extracomment>
        <translation>Adresse nicht angenommen: %1 Es wird weiter gewartet.</translation>
    </message>
    <message>
        <source>Address not accepted: %1</source>
        <extracomment>%1 says why the pasted address was refused.</extracomment>
        <translation>Adresse nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Address accepted; getting the access from TikTok…</source>
        <translation>Adresse angenommen; der Zugriff wird von TikTok geholt …</translation>
    </message>
    <message>
        <source>Do not open a browser; open the printed address yourself, here or on another computer (then paste the address its browser ends on, as one line on stdin).</source>
        <translation>Keinen Browser öffnen; öffnen Sie die ausgegebene Adresse selbst, hier oder an einem anderen Computer (dann fügen Sie die Adresse, bei der sein Browser ankommt, als eine Zeile auf stdin ein).</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Check the credential file (runbook report)</source>
        <translation>Die Zugangsdatei prüfen (Bericht wie im Runbook)</translation>
    </message>
    <message>
        <source>Show the handoff packs, ready to drag onto TikTok&apos;s upload page</source>
        <translation>Die Übergabepakete zeigen, bereit zum Ziehen auf die Upload-Seite von TikTok</translation>
    </message>
    <message>
        <source>Sign in with TikTok in the browser and save the tokens</source>
        <translation>Im Browser mit TikTok anmelden und die Tokens speichern</translation>
    </message>
    <message>
        <source>Renew the access token with the stored refresh token</source>
        <translation>Das Zugriffstoken mit dem gespeicherten Aktualisierungstoken erneuern</translation>
    </message>
    <message>
        <source>Revoke the access token and remove the stored tokens</source>
        <translation>Das Zugriffstoken widerrufen und die gespeicherten Tokens entfernen</translation>
    </message>
    <message>
        <source>Send a handoff pack to TikTok (inbox draft or direct post)</source>
        <translation>Ein Übergabepaket an TikTok senden (Entwurf im Posteingang oder direkter Beitrag)</translation>
    </message>
    <message>
        <source>Find out why the TikTok connection does not work</source>
        <translation>Herausfinden, warum die TikTok-Verbindung nicht funktioniert</translation>
    </message>
    <message>
        <source>Show what needs doing: the account, expiries, the re-authorize date</source>
        <translation>Zeigen, was zu tun ist: das Konto, Ablaufzeiten, das Datum der erneuten Autorisierung</translation>
    </message>
    <message>
        <source>Show a desktop reminder when it is time to re-authorize or packs wait</source>
        <translation>Eine Desktop-Erinnerung zeigen, wenn die erneute Autorisierung fällig ist oder Pakete warten</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>Checks everything the TikTok connection depends on and says, check by check, what to do about each problem.
Exit code: 0 no problem (warnings allowed), 1 at least one problem, 2 usage error.</source>
        <translation>Prüft alles, wovon die TikTok-Verbindung abhängt, und sagt Punkt für Punkt, was bei jedem Problem zu tun ist.
Exit-Code: 0 kein Problem (Warnungen erlaubt), 1 mindestens ein Problem, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also check the connection to TikTok and the account (makes API calls, which count against a sandbox app&apos;s daily budget).</source>
        <translation>Auch die Verbindung zu TikTok und das Konto prüfen (macht API-Aufrufe, die auf das Tageskontingent einer Sandbox-App zählen).</translation>
    </message>
    <message>
        <source>Asking TikTok: this makes API calls, which count against a sandbox app&apos;s daily budget.</source>
        <translation>TikTok wird gefragt: Das macht API-Aufrufe, die auf das Tageskontingent einer Sandbox-App zählen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects the SKYBEAM publisher to TikTok.</source>
        <translation>Verbindet den SKYBEAM-Publisher mit TikTok.</translation>
    </message>
    <message>
        <source>Open the wizard on PAGE (%1) instead of the Welcome page.</source>
        <translation>Den Assistenten auf SEITE (%1) öffnen statt auf der Willkommensseite.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (use one of: %2)</source>
        <translation>unbekannte Seite &apos;%1&apos; (möglich sind: %2)</translation>
    </message>
    <message>
        <source>Connects the SKYBEAM publisher to TikTok. Without a command, opens the setup wizard.</source>
        <translation>Verbindet den SKYBEAM-Publisher mit TikTok. Ohne Befehl öffnet sich der Einrichtungsassistent.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;skybeam-setup COMMAND --help&apos; for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;skybeam-setup BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup is already running for %1; it was brought to the front.</source>
        <translation>SKYBEAM Setup läuft bereits für %1; das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup is already running for %1. Switch to its window.</source>
        <translation>SKYBEAM Setup läuft bereits für %1. Wechseln Sie zu dessen Fenster.</translation>
    </message>
    <message>
        <source>skybeam-setup: cannot start the setup wizard (%1: %2). It is in the skybeam-setup package; a server needs only skybeam-setup-cli, which has every other command.</source>
        <translation>skybeam-setup: Der Einrichtungsassistent kann nicht gestartet werden (%1: %2). Er ist im Paket skybeam-setup; ein Server braucht nur skybeam-setup-cli, das alle anderen Befehle enthält.</translation>
    </message>
    <message>
        <source>skybeam-setup: unknown command &apos;%1&apos;</source>
        <translation>skybeam-setup: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;skybeam-setup --help&apos; for more information.</source>
        <translation>Mehr dazu mit &apos;skybeam-setup --help&apos;.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>Shows the handoff packs the publisher wrote for manual upload, ready to drag onto TikTok&apos;s upload page.
DIR defaults to the exports folder of the SKYBEAM root (content-pipeline/publish/exports).
Exit code: 0 when the window is closed, 1 when DIR is not a folder, 2 usage error.</source>
        <translation>Zeigt die Übergabepakete, die der Publisher zum Hochladen von Hand geschrieben hat, bereit zum Ziehen auf die Upload-Seite von TikTok.
Ohne DIR wird der Exportordner im SKYBEAM-Stammordner verwendet (content-pipeline/publish/exports).
Rückgabewert: 0, wenn das Fenster geschlossen wird, 1, wenn DIR kein Ordner ist, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The folder holding the packs (optional).</source>
        <translation>Der Ordner mit den Paketen (optional).</translation>
    </message>
    <message>
        <source>skybeam-setup packs: %1 is not a folder.</source>
        <translation>skybeam-setup packs: %1 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>refresh</name>
    <message>
        <source>Renews the TikTok access token with the stored refresh token and saves the new tokens (TikTok rotates the refresh token).
Exit code: 0 renewed, 1 not renewed (a re-authorization may be needed), 2 usage error.</source>
        <translation>Erneuert das TikTok-Zugriffstoken mit dem gespeicherten Aktualisierungstoken und speichert die neuen Tokens (TikTok wechselt das Aktualisierungstoken dabei aus).
Rückgabewert: 0 erneuert, 1 nicht erneuert (vielleicht ist eine erneute Autorisierung nötig), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>%1 Re-authorization needed: run &apos;%2&apos;.</source>
        <extracomment>%1 is the reason, %2 the command to run.</extracomment>
        <translation>%1 Erneute Autorisierung nötig: Führen Sie &apos;%2&apos; aus.</translation>
    </message>
    <message>
        <source>Access token renewed; valid until %1. Saved to %2.</source>
        <extracomment>%1 is a date and time, %2 a file path.</extracomment>
        <translation>Zugriffstoken erneuert; gültig bis %1. Gespeichert in %2.</translation>
    </message>
    <message>
        <source>Note: the keychain was not updated (%1).</source>
        <translation>Hinweis: Der Passwortspeicher wurde nicht aktualisiert (%1).</translation>
    </message>
</context>
<context>
    <name>remind</name>
    <message>
        <source>no desktop session bus (D-Bus), so no notification was shown. Run &apos;skybeam-setup status&apos; to see what is due.</source>
        <translation>kein Sitzungsbus (D-Bus) der Arbeitsumgebung, daher wurde keine Benachrichtigung angezeigt. &apos;skybeam-setup status&apos; zeigt, was fällig ist.</translation>
    </message>
    <message>
        <source>no notification service is running, so no notification was shown. Run &apos;skybeam-setup status&apos; to see what is due.</source>
        <translation>kein Benachrichtigungsdienst läuft, daher wurde keine Benachrichtigung angezeigt. &apos;skybeam-setup status&apos; zeigt, was fällig ist.</translation>
    </message>
    <message>
        <source>the notification service did not take the notification (%1).</source>
        <translation>der Benachrichtigungsdienst hat die Benachrichtigung nicht angenommen (%1).</translation>
    </message>
    <message>
        <source>Shows a desktop notification when it is time to re-authorize TikTok (from 5 days before the 30-day date, daily until done; at once when access can no longer be renewed) and when new handoff packs wait to be posted. At most one notification of a kind a day. Makes no TikTok API call.
--enable runs it daily and at login (a systemd user timer, else an autostart entry), --disable stops that, --status says which is installed.
Exit code: 0 (also when nothing could be shown), 1 --enable/--disable failed, 2 usage error.</source>
        <translation>Zeigt eine Desktop-Benachrichtigung, wenn TikTok erneut zu autorisieren ist (ab 5 Tage vor dem 30-Tage-Datum täglich, bis es erledigt ist; sofort, wenn sich der Zugang nicht mehr erneuern lässt) und wenn neue Übergabepakete auf das Posten warten. Höchstens eine Benachrichtigung jeder Art pro Tag. Ruft die TikTok-API nicht auf.
--enable führt es täglich und bei der Anmeldung aus (ein systemd-Benutzer-Timer, sonst ein Autostart-Eintrag), --disable beendet das, --status sagt, was eingerichtet ist.
Rückgabewert: 0 (auch wenn nichts angezeigt werden konnte), 1 --enable/--disable fehlgeschlagen, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Run the reminders daily and at login.</source>
        <translation>Die Erinnerungen täglich und bei der Anmeldung ausführen.</translation>
    </message>
    <message>
        <source>Stop running the reminders.</source>
        <translation>Die Erinnerungen nicht mehr ausführen.</translation>
    </message>
    <message>
        <source>Say whether the reminders run.</source>
        <translation>Sagen, ob die Erinnerungen laufen.</translation>
    </message>
    <message>
        <source>--enable, --disable and --status exclude each other</source>
        <translation>--enable, --disable und --status schließen einander aus</translation>
    </message>
    <message>
        <source>desktop notifications are not available (%1). Run &apos;skybeam-setup status&apos; to see what is due.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar (%1). Führen Sie &apos;skybeam-setup status&apos; aus, um zu sehen, was ansteht.</translation>
    </message>
</context>
<context>
    <name>revoke</name>
    <message>
        <source>Revokes the TikTok access token and removes the stored tokens (the client key and secret are kept).
Exit code: 0 done, 1 failed (nothing changed), 2 usage error.</source>
        <translation>Widerruft das TikTok-Zugriffstoken und entfernt die gespeicherten Tokens (Client-Schlüssel und Client-Geheimnis bleiben erhalten).
Rückgabewert: 0 erledigt, 1 fehlgeschlagen (nichts geändert), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>No tokens are stored in %1; nothing to revoke.</source>
        <translation>In %1 sind keine Tokens gespeichert; es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>TikTok had already invalidated the tokens; removed them from %1 (client key and secret kept).</source>
        <translation>TikTok hatte die Tokens bereits ungültig gemacht; sie wurden aus %1 entfernt (Client-Schlüssel und Client-Geheimnis bleiben erhalten).</translation>
    </message>
    <message>
        <source>Revoked the access token at TikTok and removed the tokens from %1 (client key and secret kept).</source>
        <translation>Das Zugriffstoken wurde bei TikTok widerrufen und die Tokens aus %1 entfernt (Client-Schlüssel und Client-Geheimnis bleiben erhalten).</translation>
    </message>
    <message>
        <source>Note: the keychain was not updated (%1).</source>
        <translation>Hinweis: Der Passwortspeicher wurde nicht aktualisiert (%1).</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Shows the TikTok connection: the account, when the tokens expire, when to re-authorize, the keychain, the reminders and the handoff packs not marked posted. Makes no TikTok API call.
Exit code: 0 nothing needs you, 1 something does (re-authorize due or overdue, access expired, not set up, broken file), 2 usage error.</source>
        <translation>Zeigt die TikTok-Verbindung: das Konto, wann die Tokens ablaufen, wann erneut zu autorisieren ist, den Passwortspeicher, die Erinnerungen und die nicht als gepostet markierten Übergabepakete. Ruft die TikTok-API nicht auf.
Rückgabewert: 0 nichts zu tun, 1 etwas zu tun (erneute Autorisierung fällig oder überfällig, Zugang abgelaufen, nicht eingerichtet, Zugangsdatei unbrauchbar), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Print the result as JSON (stable keys, see the README).</source>
        <translation>Das Ergebnis als JSON ausgeben (feste Schlüssel, siehe README).</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>Checks the TikTok credential file the SKYBEAM publisher reads, and prints the runbook&apos;s report.
Exit code: 0 PASS, 1 FAIL, 2 usage error.</source>
        <translation>Prüft die TikTok-Zugangsdatei, die der SKYBEAM-Publisher liest, und gibt den Bericht wie im Runbook aus.
Rückgabewert: 0 PASS, 1 FAIL, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Check the TikTok credentials (the default; TikTok is the only platform).</source>
        <translation>Die TikTok-Zugangsdaten prüfen (Standard; TikTok ist die einzige Plattform).</translation>
    </message>
    <message>
        <source>Also check file mode 0600, token and refresh-token expiry, the video.upload scope and the 30-day re-authorization.</source>
        <translation>Zusätzlich prüfen: Dateimodus 0600, Ablauf von Zugriffs- und Aktualisierungstoken, den Scope video.upload und die erneute Autorisierung alle 30 Tage.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
</context>
</TS>
