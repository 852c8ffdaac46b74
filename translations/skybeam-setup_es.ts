<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Skybeam::AccountCheck</name>
    <message>
        <source>TikTok account</source>
        <translation>Cuenta de TikTok</translation>
    </message>
    <message>
        <source>There is no access token to ask TikTok with.</source>
        <translation>No hay ningún token de acceso con el que preguntar a TikTok.</translation>
    </message>
    <message numerus="yes">
        <source>This check asked TikTok %n time(s); a sandbox app has about 20 API calls a day.</source>
        <translation>
            <numerusform>Esta comprobación preguntó a TikTok %n vez; una app de sandbox tiene unas 20 llamadas a la API al día.</numerusform>
            <numerusform>Esta comprobación preguntó a TikTok %n veces; una app de sandbox tiene unas 20 llamadas a la API al día.</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok did not accept the stored access: %1</source>
        <translation>TikTok no aceptó el acceso guardado: %1</translation>
    </message>
    <message>
        <source>Open the wizard and choose Re-authorize.</source>
        <translation>Abra el asistente y elija Volver a autorizar.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Whether the account can post was not asked: the video.publish permission is missing.</source>
        <translation>No se preguntó si la cuenta puede publicar: falta el permiso video.publish.</translation>
    </message>
    <message>
        <source>Add video.publish to the app in the TikTok developer portal and re-authorize.</source>
        <translation>Añada video.publish a la app en el portal de desarrolladores de TikTok y vuelva a autorizar.</translation>
    </message>
    <message>
        <source>TikTok does not let this account post right now: %1</source>
        <translation>TikTok no deja publicar a esta cuenta ahora mismo: %1</translation>
    </message>
    <message>
        <source>TikTok does not let this account post right now.</source>
        <translation>TikTok no deja publicar a esta cuenta ahora mismo.</translation>
    </message>
    <message>
        <source>Check the account in the TikTok app (for example a posting limit or a restriction) and try again later.</source>
        <translation>Revise la cuenta en la app de TikTok (por ejemplo, un límite de publicaciones o una restricción) y vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>TikTok offers only &quot;Only me&quot;: the app has not been audited by TikTok yet (or the account is private), so every post stays private.</source>
        <translation>TikTok solo ofrece «Solo yo»: TikTok aún no ha auditado la app (o la cuenta es privada), así que cada publicación queda privada.</translation>
    </message>
    <message>
        <source>Submit the app for TikTok&apos;s audit in the developer portal; until it is approved, posts are visible only to you.</source>
        <translation>Envíe la app a la auditoría de TikTok en el portal de desarrolladores; hasta que se apruebe, las publicaciones solo las ve usted.</translation>
    </message>
    <message>
        <source>It can post to: %1.</source>
        <translation>Puede publicar para: %1.</translation>
    </message>
</context>
<context>
    <name>Skybeam::AvatarLabel</name>
    <message>
        <source>Picture of %1</source>
        <extracomment>Accessible name of the account picture; %1 is the account&apos;s display name</extracomment>
        <translation>Foto de perfil de %1</translation>
    </message>
</context>
<context>
    <name>Skybeam::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>Skybeam::CallbackAddress</name>
    <message>
        <source>This is not the address the browser ended on. After clicking Authorize, copy the whole address from that browser&apos;s address bar: it starts with %1.</source>
        <extracomment>%1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>Esta no es la dirección en la que terminó el navegador. Después de hacer clic en Autorizar, copie la dirección completa de la barra de direcciones de ese navegador: empieza por %1.</translation>
    </message>
    <message>
        <source>This address does not lead to the computer&apos;s own address (127.0.0.1, [::1] or localhost), so it is not TikTok&apos;s answer to this sign-in. Paste the address the browser ended on: it starts with %1.</source>
        <extracomment>%1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>Esta dirección no lleva a la dirección propia del ordenador (127.0.0.1, [::1] o localhost), así que no es la respuesta de TikTok a este inicio de sesión. Pegue la dirección en la que terminó el navegador: empieza por %1.</translation>
    </message>
    <message>
        <source>This address is for another port: this sign-in waits on port %1. It may be from an earlier attempt; open this sign-in&apos;s TikTok address and paste the address its browser ends on.</source>
        <extracomment>%1 is a port number.</extracomment>
        <translation>Esta dirección es para otro puerto: este inicio de sesión espera en el puerto %1. Puede ser de un intento anterior; abra la dirección de TikTok de este inicio de sesión y pegue la dirección en la que termina su navegador.</translation>
    </message>
    <message>
        <source>This address is not TikTok&apos;s answer to this sign-in: that starts with %1.</source>
        <extracomment>%1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>Esta dirección no es la respuesta de TikTok a este inicio de sesión: esa empieza por %1.</translation>
    </message>
    <message>
        <source>This address names a parameter twice, so it cannot be trusted. Paste the address exactly as the browser shows it.</source>
        <translation>Esta dirección nombra un parámetro dos veces, así que no es de fiar. Pegue la dirección exactamente como la muestra el navegador.</translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt (its state does not match this one). Open this sign-in&apos;s TikTok address and paste the address its browser ends on.</source>
        <translation>Esta dirección pertenece a otro intento de inicio de sesión (su state no coincide con este). Abra la dirección de TikTok de este inicio de sesión y pegue la dirección en la que termina su navegador.</translation>
    </message>
    <message>
        <source>This address carries neither TikTok&apos;s code nor an error. Paste the whole address, with everything after the question mark.</source>
        <translation>Esta dirección no lleva ni el código de TikTok ni un error. Pegue la dirección completa, con todo lo que sigue al signo de interrogación.</translation>
    </message>
    <message>
        <source>TikTok&apos;s answer to this sign-in has already been received; an address is used only once.</source>
        <translation>La respuesta de TikTok a este inicio de sesión ya se recibió; una dirección se usa una sola vez.</translation>
    </message>
    <message>
        <source>No sign-in is waiting for TikTok&apos;s answer now. Start the sign-in again, then paste the address its browser ends on.</source>
        <translation>Ahora no hay ningún inicio de sesión esperando la respuesta de TikTok. Inicie sesión de nuevo y pegue después la dirección en la que termina su navegador.</translation>
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
        <translation>Conectado con TikTok. Puedes cerrar esta pestaña y volver a SKYBEAM Setup.</translation>
    </message>
    <message>
        <source>Connected as %1. You can close this tab and go back to SKYBEAM Setup.</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Conectado como %1. Puedes cerrar esta pestaña y volver a SKYBEAM Setup.</translation>
    </message>
    <message>
        <source>You did not allow every permission (missing: %1). SKYBEAM Setup will tell you what this means for publishing.</source>
        <extracomment>%1 is a comma-separated list of TikTok permission names such as video.publish.</extracomment>
        <translation>No has permitido todos los permisos (faltan: %1). SKYBEAM Setup te explicará qué significa esto para publicar.</translation>
    </message>
    <message>
        <source>Connected to TikTok</source>
        <translation>Conectado con TikTok</translation>
    </message>
    <message>
        <source>TikTok log ID for support: %1</source>
        <extracomment>%1 is an identifier TikTok support can look up.</extracomment>
        <translation>ID de registro de TikTok para el soporte: %1</translation>
    </message>
    <message>
        <source>You can close this tab and go back to SKYBEAM Setup to try again.</source>
        <translation>Puedes cerrar esta pestaña y volver a SKYBEAM Setup para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Link not from this sign-in</source>
        <translation>Enlace que no es de este inicio de sesión</translation>
    </message>
    <message>
        <source>This address does not belong to the sign-in SKYBEAM Setup is waiting for, so it was ignored. It may be an old browser tab or a link from someone else.</source>
        <translation>Esta dirección no corresponde al inicio de sesión que espera SKYBEAM Setup, así que se ha ignorado. Puede ser una pestaña antigua del navegador o un enlace de otra persona.</translation>
    </message>
    <message>
        <source>Go back to SKYBEAM Setup and open the sign-in link it shows.</source>
        <translation>Vuelve a SKYBEAM Setup y abre el enlace de inicio de sesión que muestra.</translation>
    </message>
    <message>
        <source>Incomplete answer from TikTok</source>
        <translation>Respuesta incompleta de TikTok</translation>
    </message>
    <message>
        <source>This address carries neither a sign-in code nor an error, so it was ignored.</source>
        <translation>Esta dirección no contiene ni un código de inicio de sesión ni un error, así que se ha ignorado.</translation>
    </message>
    <message>
        <source>Sign-in already received</source>
        <translation>Inicio de sesión ya recibido</translation>
    </message>
    <message>
        <source>SKYBEAM Setup has already received this sign-in. Look at the first tab or at SKYBEAM Setup for the result. You can close this tab.</source>
        <translation>SKYBEAM Setup ya ha recibido este inicio de sesión. Mira el resultado en la primera pestaña o en SKYBEAM Setup. Puedes cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Still connecting</source>
        <translation>Todavía conectando</translation>
    </message>
    <message>
        <source>TikTok&apos;s answer was received and SKYBEAM Setup is still finishing the connection. You can close this tab; SKYBEAM Setup shows the result.</source>
        <translation>Se ha recibido la respuesta de TikTok y SKYBEAM Setup aún está terminando la conexión. Puedes cerrar esta pestaña; SKYBEAM Setup muestra el resultado.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in SKYBEAM Setup. You can close this tab.</source>
        <translation>El inicio de sesión se ha cancelado en SKYBEAM Setup. Puedes cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>SKYBEAM Setup is waiting for TikTok&apos;s answer at another address on this computer.</source>
        <translation>SKYBEAM Setup espera la respuesta de TikTok en otra dirección de este ordenador.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>SKYBEAM Setup only answers the browser&apos;s normal page requests here.</source>
        <translation>Aquí SKYBEAM Setup solo responde a las peticiones normales de páginas del navegador.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Petición demasiado grande</translation>
    </message>
    <message>
        <source>The browser sent more data than SKYBEAM Setup accepts. Go back to SKYBEAM Setup and open the sign-in link again.</source>
        <translation>El navegador ha enviado más datos de los que acepta SKYBEAM Setup. Vuelve a SKYBEAM Setup y abre de nuevo el enlace de inicio de sesión.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Petición no válida</translation>
    </message>
    <message>
        <source>SKYBEAM Setup could not read this request. Go back to SKYBEAM Setup and open the sign-in link again.</source>
        <translation>SKYBEAM Setup no ha podido leer esta petición. Vuelve a SKYBEAM Setup y abre de nuevo el enlace de inicio de sesión.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <source>SKYBEAM Setup only answers requests for 127.0.0.1, [::1] or localhost. Go back to SKYBEAM Setup and open the sign-in link it shows.</source>
        <translation>SKYBEAM Setup solo responde a solicitudes para 127.0.0.1, [::1] o localhost. Vuelva a SKYBEAM Setup y abra el enlace de inicio de sesión que muestra.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ChecklistWidget</name>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
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
        <translation>El archivo de vídeo está vacío, así que no hay nada que enviar a TikTok.</translation>
    </message>
    <message>
        <source>The video (%1) is too large to upload: TikTok accepts at most 1,000 parts of 64 MB.</source>
        <extracomment>%1 is a size such as &quot;70.0 GB&quot;.</extracomment>
        <translation>El vídeo (%1) es demasiado grande para subirlo: TikTok acepta como máximo 1000 partes de 64 MB.</translation>
    </message>
    <message>
        <source>The upload plan breaks TikTok&apos;s chunk rules.</source>
        <translation>El reparto de la subida incumple las reglas de TikTok sobre los fragmentos.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ChunkUploader</name>
    <message>
        <source>the file no longer exists</source>
        <translation>el archivo ya no existe</translation>
    </message>
</context>
<context>
    <name>Skybeam::Cli::CommandLine</name>
    <message>
        <source>Use DIR instead of ~/.roxy (also set by the ROXY_HOME environment variable).</source>
        <translation>Usar CARPETA en lugar de ~/.roxy (también se puede fijar con la variable de entorno ROXY_HOME).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Use LANGUAGE (e.g. de, es) instead of the system language.</source>
        <translation>Usar IDIOMA (p. ej., de, es) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Log more detail to stderr (never secrets).</source>
        <translation>Registrar más detalles en stderr (nunca secretos).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Prueba &apos;%1 --help&apos; para más información.</translation>
    </message>
    <message>
        <source>Accept SKYBEAM_TIKTOK_AUTH_URL / SKYBEAM_TIKTOK_API_BASE pointing to a host that is neither TikTok nor this computer.</source>
        <translation>Aceptar SKYBEAM_TIKTOK_AUTH_URL / SKYBEAM_TIKTOK_API_BASE aunque apunten a un host que no es TikTok ni este equipo.</translation>
    </message>
    <message>
        <source>Warning: %1 is set: TikTok&apos;s address is overridden (for tests only).</source>
        <extracomment>%1 is e.g. &quot;SKYBEAM_TIKTOK_API_BASE=http://127.0.0.1:9555&quot;.</extracomment>
        <translation>Aviso: %1 está definida: la dirección de TikTok está sustituida (solo para pruebas).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Skybeam::Cli::UploadCommand</name>
    <message>
        <source>Asking TikTok to start a direct post…</source>
        <translation>Pidiendo a TikTok que empiece una publicación directa…</translation>
    </message>
    <message>
        <source>Asking TikTok to start an upload to the inbox…</source>
        <translation>Pidiendo a TikTok que empiece una subida a la bandeja de entrada…</translation>
    </message>
    <message>
        <source>Waiting for TikTok&apos;s rate limit (6 uploads a minute)…</source>
        <translation>Esperando a que lo permita el límite de peticiones de TikTok (6 subidas por minuto)…</translation>
    </message>
    <message>
        <source>Uploaded. Waiting for TikTok to process the video…</source>
        <translation>Subido. Esperando a que TikTok procese el vídeo…</translation>
    </message>
    <message>
        <source>Uploading part %1 of %2: %3</source>
        <extracomment>%1 and %2 count the video&apos;s parts, %3 is the progress (&quot;45% · 9.0 MB of 20.0 MB · …&quot;).</extracomment>
        <translation>Subiendo la parte %1 de %2: %3</translation>
    </message>
    <message>
        <source>Note: the pack could not be marked as posted (%1).</source>
        <extracomment>%1 explains why the mark could not be saved.</extracomment>
        <translation>Nota: no se ha podido marcar el paquete como publicado (%1).</translation>
    </message>
    <message>
        <source>The pack folder or name.</source>
        <translation>La carpeta o el nombre del paquete.</translation>
    </message>
    <message>
        <source>Post directly to the profile instead of the inbox (requires --privacy).</source>
        <translation>Publicar directamente en el perfil en lugar de en la bandeja de entrada (requiere --privacy).</translation>
    </message>
    <message>
        <source>Who can see a direct post; no default: everyone, friends, followers or only-me (or TikTok&apos;s names PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, FOLLOWER_OF_CREATOR, SELF_ONLY).</source>
        <translation>Quién puede ver una publicación directa; sin valor predeterminado: everyone, friends, followers u only-me (o los nombres de TikTok: PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, FOLLOWER_OF_CREATOR, SELF_ONLY).</translation>
    </message>
    <message>
        <source>Direct post: turn comments off.</source>
        <translation>Publicación directa: desactivar los comentarios.</translation>
    </message>
    <message>
        <source>Direct post: turn duets off.</source>
        <translation>Publicación directa: desactivar los dúos.</translation>
    </message>
    <message>
        <source>Direct post: turn stitches off.</source>
        <translation>Publicación directa: desactivar los stitches.</translation>
    </message>
    <message>
        <source>Sandbox apps: send even when today&apos;s budget of 20 API calls may not be enough.</source>
        <translation>Apps de sandbox: enviar aunque puede que el cupo de hoy de 20 llamadas a la API no alcance.</translation>
    </message>
    <message>
        <source>which pack? Name a pack folder or a pack in the exports folder.</source>
        <translation>¿qué paquete? Indica la carpeta de un paquete o un paquete de la carpeta de exportación.</translation>
    </message>
    <message>
        <source>--direct needs --privacy LEVEL: TikTok requires an explicit choice of who can see the post.</source>
        <translation>--direct necesita --privacy LEVEL: TikTok exige elegir expresamente quién puede ver la publicación.</translation>
    </message>
    <message>
        <source>unknown privacy level &apos;%1&apos; (everyone, friends, followers or only-me)</source>
        <translation>nivel de privacidad desconocido &apos;%1&apos; (everyone, friends, followers u only-me)</translation>
    </message>
    <message>
        <source>--%1 applies to a direct post only (add --direct)</source>
        <translation>--%1 solo se aplica a una publicación directa (añade --direct)</translation>
    </message>
    <message>
        <source>There is no pack &apos;%1&apos; (neither a folder nor a pack in %2).</source>
        <extracomment>%1 is what was given, %2 the exports folder.</extracomment>
        <translation>No hay ningún paquete &apos;%1&apos; (ni una carpeta ni un paquete en %2).</translation>
    </message>
    <message>
        <source>The pack %1 cannot be sent: %2</source>
        <extracomment>%1 is the pack&apos;s name, %2 its problems.</extracomment>
        <translation>No se puede enviar el paquete %1: %2</translation>
    </message>
    <message>
        <source>Pack %1: %2, %3</source>
        <extracomment>%1 is the pack&apos;s name, %2 the video&apos;s size.</extracomment>
        <translation>Paquete %1: %2, %3</translation>
    </message>
    <message>
        <source>Sends a handoff pack&apos;s video to TikTok through the Content Posting API: to the account&apos;s TikTok inbox as a draft (the default; needs video.upload), or as a direct post with --direct (needs video.publish). PACK is a pack folder, or the name of a pack in the exports folder. The pack is marked as posted only when TikTok confirms. A pack TikTok already confirmed is not sent again (without --again); an interrupted send is continued, never sent twice.
Exit code: 0 TikTok confirmed (in the inbox or published), now or before, 1 not sent or not confirmed, 2 usage error.</source>
        <translation>Envía el vídeo de un paquete de entrega a TikTok mediante la Content Posting API: a la bandeja de entrada de TikTok de la cuenta como borrador (predeterminado; requiere video.upload) o, con --direct, como publicación directa (requiere video.publish). PACK es una carpeta de paquete o el nombre de un paquete en la carpeta de exportación. El paquete se marca como publicado solo cuando TikTok lo confirma. Un paquete que TikTok ya confirmó no se vuelve a enviar (sin --again); un envío interrumpido se continúa, nunca se envía dos veces.
Código de salida: 0 TikTok confirmó (en la bandeja de entrada o publicado), ahora o antes, 1 no enviado o no confirmado, 2 error de uso.</translation>
    </message>
    <message>
        <source>If TikTok does not have this pack yet (look in the TikTok app&apos;s inbox and on the profile), send it anyway with --again.</source>
        <translation>Si TikTok aún no tiene este paquete (mire en la bandeja de entrada de la app de TikTok y en el perfil), envíelo de todos modos con --again.</translation>
    </message>
    <message>
        <source>Send the pack even though TikTok already confirmed it (a second post), or even though the publish journal is damaged (it is kept aside and a new one started).</source>
        <translation>Enviar el paquete aunque TikTok ya lo haya confirmado (una segunda publicación) o aunque el diario de publicación esté dañado (se guarda aparte y se empieza uno nuevo).</translation>
    </message>
</context>
<context>
    <name>Skybeam::CopyableField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 is what is copied, e.g. &quot;Redirect URI&quot;</extracomment>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialFile</name>
    <message>
        <source>empty (null)</source>
        <translation>vacío (null)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has spaces or line breaks around it; they are ignored.</source>
        <translation>%1: «%2» tiene espacios o saltos de línea alrededor; se ignoran.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be text but is %3; it is ignored.</source>
        <translation>%1: «%2» debería ser texto, pero es %3; se ignora.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as text (&quot;%3&quot;) but should be a number; it is read as %4.</source>
        <translation>%1: «%2» está guardado como texto («%3»), pero debería ser un número; se lee como %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be a whole number of seconds but is %3; it is ignored.</source>
        <translation>%1: «%2» debería ser un número entero de segundos, pero es %3; se ignora.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 es un enlace a un archivo que no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Move it away, then run setup again.</source>
        <translation>%1 es una carpeta, no un archivo. Muévela a otro sitio y vuelve a ejecutar la configuración.</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential file (%2 bytes; a real one is under 2 KB). It may have been overwritten by something else.</source>
        <translation>%1 es demasiado grande para ser un archivo de credenciales (%2 bytes; uno de verdad ocupa menos de 2 KB). Puede que otra cosa lo haya sobrescrito.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that it belongs to you (chmod 600 %1).</source>
        <translation>No se puede leer %1: %2. Comprueba que te pertenece (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential file.</source>
        <translation>%1 es demasiado grande para ser un archivo de credenciales.</translation>
    </message>
    <message>
        <source>%1 is empty. Run setup again to write it.</source>
        <translation>%1 está vacío. Vuelve a ejecutar la configuración para escribirlo.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3). It may be cut short or hand-edited; run setup again to rewrite it.</source>
        <translation>%1 no es un JSON válido (%2 en el carácter %3). Puede que esté cortado o editado a mano; vuelve a ejecutar la configuración para reescribirlo.</translation>
    </message>
    <message>
        <source>%1 holds JSON, but not an object with named fields such as &quot;client_key&quot;.</source>
        <translation>%1 contiene JSON, pero no un objeto con campos con nombre como «client_key».</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Check that you can write to %2.</source>
        <translation>No se ha podido crear la carpeta %1. Comprueba que puedes escribir en %2.</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder. Move it away, then try again.</source>
        <translation>%1 existe, pero no es una carpeta. Muévelo a otro sitio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user (%2), so your keys are not written there. Fix its owner (chown) or choose another SKYBEAM folder.</source>
        <translation>La carpeta %1 pertenece a otro usuario (%2), así que tus claves no se escriben allí. Corrige su propietario (chown) o elige otra carpeta de SKYBEAM.</translation>
    </message>
    <message>
        <source>The folder %1 can be opened by other users and its permissions could not be restricted. Run: chmod 700 %1</source>
        <translation>Otros usuarios pueden abrir la carpeta %1 y no se han podido restringir sus permisos. Ejecuta: chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. For safety, keys are never written through a link; remove the link and try again.</source>
        <translation>%1 es un enlace simbólico. Por seguridad, las claves nunca se escriben a través de un enlace; quita el enlace y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 exists but is not a regular file. Move it away, then try again.</source>
        <translation>%1 existe, pero no es un archivo normal. Muévelo a otro sitio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Another SKYBEAM Setup is saving %1 right now. Wait a moment and try again.</source>
        <translation>Otro SKYBEAM Setup está guardando %1 en este momento. Espera un poco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be written: nothing can be created in %2 (the disk may be full or the folder read-only). The previous file is unchanged.</source>
        <translation>No se ha podido escribir %1: no se puede crear nada en %2 (puede que el disco esté lleno o que la carpeta sea de solo lectura). El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2); nothing was changed.</source>
        <translation>No se ha podido escribir la copia de seguridad %1 (%2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The previous file is unchanged.</source>
        <translation>No se ha podido escribir %1: %2. El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 could not be protected (chmod 600 failed). The previous file is unchanged.</source>
        <translation>No se ha podido proteger %1 (chmod 600 ha fallado). El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>The folder %1 is a symbolic link (to %2). For safety, keys are never written through a link; replace it with a real folder and try again.</source>
        <translation>La carpeta %1 es un enlace simbólico (a %2). Por seguridad, las claves nunca se escriben a través de un enlace; sustitúyalo por una carpeta real e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialInputCleaner</name>
    <message>
        <source>Removed the label &quot;%1&quot;.</source>
        <translation>Se ha quitado la etiqueta «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n space(s).</source>
        <translation>
            <numerusform>Se ha quitado %n espacio.</numerusform>
            <numerusform>Se han quitado %n espacios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n line break(s).</source>
        <translation>
            <numerusform>Se ha quitado %n salto de línea.</numerusform>
            <numerusform>Se han quitado %n saltos de línea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible character(s).</source>
        <translation>
            <numerusform>Se ha quitado %n carácter invisible.</numerusform>
            <numerusform>Se han quitado %n caracteres invisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the quotes around the value.</source>
        <translation>Se han quitado las comillas que rodeaban el valor.</translation>
    </message>
    <message>
        <source>Removed a trailing comma.</source>
        <translation>Se ha quitado una coma al final.</translation>
    </message>
    <message>
        <source>This is a sandbox key: posts are visible only to you, and TikTok allows about 20 API calls a day.</source>
        <translation>Es una clave de sandbox: las publicaciones solo las ves tú y TikTok permite unas 20 llamadas a la API al día.</translation>
    </message>
    <message>
        <source>This looks like the App ID (a number). Copy the Client Key instead: it is listed under &quot;Keys and Credentials&quot; on your app&apos;s page.</source>
        <translation>Parece el «App ID» (un número). Copia en su lugar el «Client Key»: aparece en «Keys and Credentials», en la página de tu app.</translation>
    </message>
    <message>
        <source>Client keys usually start with &quot;aw&quot; (or &quot;sbaw&quot; for sandbox apps). Check that this is the Client Key and not the Client Secret.</source>
        <translation>Las claves de cliente suelen empezar por «aw» (o «sbaw» en las apps de sandbox). Comprueba que sea el «Client Key» y no el «Client Secret».</translation>
    </message>
    <message>
        <source>This looks like the Client Key. Paste the Client Secret here: it is listed just below the key and hidden until you click to reveal it.</source>
        <translation>Parece el «Client Key». Pega aquí el «Client Secret»: aparece justo debajo de la clave y está oculto hasta que haces clic para mostrarlo.</translation>
    </message>
    <message>
        <source>This looks like a TikTok token, not an app key. Copy the value from &quot;Keys and Credentials&quot; on your app&apos;s page.</source>
        <translation>Parece un token de TikTok, no una clave de la app. Copia el valor de «Keys and Credentials», en la página de tu app.</translation>
    </message>
    <message>
        <source>This is a web address, not a key. Copy the value itself from &quot;Keys and Credentials&quot;.</source>
        <translation>Es una dirección web, no una clave. Copia el valor en sí de «Keys and Credentials».</translation>
    </message>
    <message>
        <source>This contains characters that TikTok keys never have. Copy the value again from &quot;Keys and Credentials&quot;.</source>
        <translation>Contiene caracteres que las claves de TikTok nunca tienen. Vuelve a copiar el valor de «Keys and Credentials».</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialStatus</name>
    <message>
        <source>The file has no client key.</source>
        <translation>El archivo no tiene clave de cliente.</translation>
    </message>
    <message>
        <source>The file does not say when TikTok access expires.</source>
        <translation>El archivo no indica cuándo caduca el acceso a TikTok.</translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n minute(s).</source>
        <translation>
            <numerusform>El acceso a TikTok caduca dentro de %n minuto.</numerusform>
            <numerusform>El acceso a TikTok caduca dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n hour(s).</source>
        <translation>
            <numerusform>El acceso a TikTok caduca dentro de %n hora.</numerusform>
            <numerusform>El acceso a TikTok caduca dentro de %n horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n day(s).</source>
        <translation>
            <numerusform>El acceso a TikTok caduca dentro de %n día.</numerusform>
            <numerusform>El acceso a TikTok caduca dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok is not set up on this computer yet.</source>
        <translation>TikTok aún no está configurado en este ordenador.</translation>
    </message>
    <message>
        <source>The TikTok credential file cannot be used.</source>
        <translation>No se puede usar el archivo de credenciales de TikTok.</translation>
    </message>
    <message>
        <source>Your app keys are saved, but TikTok access has not been granted yet.</source>
        <translation>Las claves de tu app están guardadas, pero TikTok aún no ha concedido el acceso.</translation>
    </message>
    <message>
        <source>TikTok is connected and working.</source>
        <translation>TikTok está conectado y funciona.</translation>
    </message>
    <message>
        <source>TikTok access has expired, but it can be renewed without signing in.</source>
        <translation>El acceso a TikTok ha caducado, pero se puede renovar sin iniciar sesión.</translation>
    </message>
    <message>
        <source>TikTok access has expired and can no longer be renewed.</source>
        <translation>El acceso a TikTok ha caducado y ya no se puede renovar.</translation>
    </message>
    <message>
        <source>Access was granted today.</source>
        <translation>El acceso se concedió hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago.</source>
        <translation>
            <numerusform>El acceso se concedió hace %n día.</numerusform>
            <numerusform>El acceso se concedió hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Set up TikTok to connect the SKYBEAM publisher, or keep using Handoff mode: the publisher then prepares upload packs that you post yourself.</source>
        <translation>Elige «Configurar TikTok» para conectar el publicador de SKYBEAM, o sigue con el modo de entrega: el publicador prepara entonces paquetes de entrega que publicas tú.</translation>
    </message>
    <message>
        <source>%1 (%2). Set up TikTok again to replace it; the old file is kept as a backup.</source>
        <translation>%1 (%2). Vuelve a configurar TikTok para sustituir el archivo; el archivo anterior se conserva como copia de seguridad.</translation>
    </message>
    <message>
        <source>Sign in with TikTok to let the publisher post for you.</source>
        <translation>Inicia sesión con TikTok para que el publicador pueda publicar por ti.</translation>
    </message>
    <message>
        <source>The access token expired, which is normal after a day without publishing. Renew now gets a new one with the saved refresh token. %1</source>
        <translation>El token de acceso ha caducado, algo normal tras un día sin publicar. «Renovar ahora» obtiene uno nuevo con el token de actualización guardado. %1</translation>
    </message>
    <message>
        <source>Re-authorize: sign in with TikTok again in your browser. Your saved app keys are used, so there is nothing to type. %1</source>
        <translation>Vuelve a autorizar: inicia sesión otra vez con TikTok en el navegador. Se usan las claves guardadas de tu app, así que no tienes que escribir nada. %1</translation>
    </message>
    <message>
        <source>Re-authorize now: it has been overdue since %1 (every 30 days, as the runbook asks).</source>
        <translation>Vuelve a autorizar ahora: está pendiente desde el %1 (cada 30 días, como pide el runbook).</translation>
    </message>
    <message>
        <source>Re-authorize now: TikTok access can no longer be renewed.</source>
        <translation>Vuelve a autorizar ahora: el acceso a TikTok ya no se puede renovar.</translation>
    </message>
    <message>
        <source>Re-authorize by %1 (every 30 days, as the runbook asks): start SKYBEAM Setup and choose Re-authorize.</source>
        <translation>Vuelve a autorizar antes del %1 (cada 30 días, como pide el runbook): abre SKYBEAM Setup y elige «Volver a autorizar».</translation>
    </message>
    <message>
        <source>TikTok is connected; re-authorize by %1.</source>
        <translation>TikTok está conectado; vuelve a autorizar antes del %1.</translation>
    </message>
    <message>
        <source>It is time to re-authorize: overdue since %1.</source>
        <translation>Es hora de volver a autorizar: pendiente desde el %1.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts the saved access: re-authorize.</source>
        <translation>TikTok ya no acepta el acceso guardado: vuelve a autorizar.</translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. For security, the runbook asks you to re-authorize every 30 days: sign in with TikTok again; your saved app keys are used.</source>
        <translation>
            <numerusform>El acceso se concedió hace %n día. Por seguridad, el runbook pide volver a autorizar cada 30 días: inicia sesión de nuevo con TikTok; se usan las claves de la app guardadas.</numerusform>
            <numerusform>El acceso se concedió hace %n días. Por seguridad, el runbook pide volver a autorizar cada 30 días: inicia sesión de nuevo con TikTok; se usan las claves de la app guardadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialStore</name>
    <message>
        <source>The system keychain is not used.</source>
        <translation>No se usa el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2), so its keys and tokens are not used. Remove it, then sign in with TikTok again.</source>
        <extracomment>%1 is a file path, %2 a user name.</extracomment>
        <translation>%1 pertenece a otro usuario (%2), así que sus claves y tokens no se usan. Elimínelo y vuelva a iniciar sesión con TikTok.</translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialValidator</name>
    <message>
        <source>Only you can read the credential file.</source>
        <translation>Solo tú puedes leer el archivo de credenciales.</translation>
    </message>
    <message>
        <source>Other users on this computer can read the credential file (mode %1). Use Fix, or run chmod 600 on it.</source>
        <translation>Otros usuarios de este ordenador pueden leer el archivo de credenciales (modo %1). Usa «Corregir los permisos» o ejecuta chmod 600 sobre él.</translation>
    </message>
    <message>
        <source>There is no access token. Sign in with TikTok again.</source>
        <translation>No hay token de acceso. Vuelve a iniciar sesión con TikTok.</translation>
    </message>
    <message>
        <source>There is no refresh token, so the access token cannot be renewed. Sign in with TikTok again.</source>
        <translation>No hay token de actualización, así que el token de acceso no se puede renovar. Vuelve a iniciar sesión con TikTok.</translation>
    </message>
    <message>
        <source>The file does not say when this token expires. Saving it again with SKYBEAM Setup records the time.</source>
        <translation>El archivo no indica cuándo caduca este token. Si lo vuelves a guardar con SKYBEAM Setup, se registra la hora.</translation>
    </message>
    <message>
        <source>The access token has expired. Use Renew now; the publisher also renews it automatically.</source>
        <translation>El token de acceso ha caducado. Usa «Renovar ahora»; el publicador también lo renueva automáticamente.</translation>
    </message>
    <message>
        <source>The refresh token has expired. Sign in with TikTok again (Re-authorize).</source>
        <translation>El token de actualización ha caducado. Vuelve a iniciar sesión con TikTok («Volver a autorizar»).</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido hasta el %1.</translation>
    </message>
    <message>
        <source>The account allowed uploading videos.</source>
        <translation>La cuenta ha permitido subir vídeos.</translation>
    </message>
    <message>
        <source>Uploading videos was not allowed (scope video.upload). The app may not be approved for the Content Posting API yet, or the permission was unticked in the browser.</source>
        <translation>No se ha permitido subir vídeos (scope video.upload). Puede que la app aún no esté aprobada para la Content Posting API o que el permiso se desmarcara en el navegador.</translation>
    </message>
    <message>
        <source>The file does not say when TikTok access was granted.</source>
        <translation>El archivo no indica cuándo se concedió el acceso a TikTok.</translation>
    </message>
    <message>
        <source>There is no credential file to fix yet.</source>
        <translation>Aún no hay ningún archivo de credenciales que corregir.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; its permissions are not changed through the link.</source>
        <translation>%1 es un enlace simbólico; sus permisos no se cambian a través del enlace.</translation>
    </message>
    <message>
        <source>The permissions could not be changed. Run: chmod 700 %1 &amp;&amp; chmod 600 %2</source>
        <translation>No se han podido cambiar los permisos. Ejecuta: chmod 700 %1 &amp;&amp; chmod 600 %2</translation>
    </message>
    <message>
        <source>The credential file belongs to another user (%1). Someone may have put it there: its tokens are not used. Remove it and sign in with TikTok again.</source>
        <translation>El archivo de credenciales pertenece a otro usuario (%1). Alguien puede haberlo puesto ahí: sus tokens no se usan. Elimínelo y vuelva a iniciar sesión con TikTok.</translation>
    </message>
    <message>
        <source>The access token has expired. Re-authorize: sign in with TikTok again.</source>
        <translation>El token de acceso ha caducado. Vuelve a autorizar: inicia sesión de nuevo con TikTok.</translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. For security, re-authorize every 30 days: overdue since %1.</source>
        <translation>
            <numerusform>El acceso se concedió hace %n día. Por seguridad, vuelve a autorizar cada 30 días: pendiente desde el %1.</numerusform>
            <numerusform>El acceso se concedió hace %n días. Por seguridad, vuelve a autorizar cada 30 días: pendiente desde el %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. Re-authorize by %1.</source>
        <translation>
            <numerusform>El acceso se concedió hace %n día. Vuelve a autorizar antes del %1.</numerusform>
            <numerusform>El acceso se concedió hace %n días. Vuelve a autorizar antes del %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialsPage</name>
    <message>
        <source>Enter your app&apos;s keys</source>
        <translation>Introduce las claves de tu app</translation>
    </message>
    <message>
        <source>Copy the Client Key and the Client Secret from Keys and Credentials on your app&apos;s page in the TikTok developer portal, and paste them here.</source>
        <translation>Copia el «Client Key» y el «Client Secret» de «Keys and Credentials», en la página de tu app del portal para desarrolladores de TikTok, y pégalos aquí.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>for example awk1x2y3z4</source>
        <translation>por ejemplo, awk1x2y3z4</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Mostrar el secreto</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Advanced: redirect URI and scopes</source>
        <translation>Avanzado: Redirect URI y scopes</translation>
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
        <translation>Restaurar los valores pre&amp;determinados</translation>
    </message>
    <message>
        <source>Restore the default redirect URI and scopes</source>
        <translation>Restaurar la Redirect URI y los scopes predeterminados</translation>
    </message>
    <message>
        <source>Both must match your app&apos;s settings in the developer portal character for character. Scopes are separated by commas.</source>
        <translation>Ambos deben coincidir carácter por carácter con los ajustes de tu app en el portal para desarrolladores. Los scopes se separan con comas.</translation>
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
        <translation>&amp;Clave de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Secre&amp;to de cliente:</translation>
    </message>
    <message>
        <source>Cleaned up: %1</source>
        <translation>Limpiado: %1</translation>
    </message>
    <message>
        <source>Enter at least one scope, such as user.info.basic.</source>
        <translation>Introduce al menos un scope, por ejemplo user.info.basic.</translation>
    </message>
    <message>
        <source>The Client Key from Keys and Credentials on your app&apos;s page in the TikTok developer portal.</source>
        <translation>El «Client Key» de «Keys and Credentials», en la página de tu app del portal para desarrolladores de TikTok.</translation>
    </message>
    <message>
        <source>The Client Secret from Keys and Credentials on your app&apos;s page in the TikTok developer portal. It is hidden unless Show the secret is ticked.</source>
        <translation>El «Client Secret» de «Keys and Credentials», en la página de tu app del portal para desarrolladores de TikTok. Permanece oculto mientras no marques «Mostrar el secreto».</translation>
    </message>
    <message>
        <source>Must match a redirect URI registered for your app under Login Kit, character for character.</source>
        <translation>Debe coincidir carácter por carácter con una Redirect URI registrada para tu app en Login Kit.</translation>
    </message>
    <message>
        <source>TikTok permissions to ask for, separated by commas, such as user.info.basic,video.upload.</source>
        <translation>Los permisos de TikTok que hay que solicitar, separados por comas, por ejemplo user.info.basic,video.upload.</translation>
    </message>
</context>
<context>
    <name>Skybeam::Doctor</name>
    <message>
        <source>Not checked: it talks to TikTok. Run the doctor with --live (or choose Check connection) to include it.</source>
        <translation>No comprobado: habla con TikTok. Ejecute el diagnóstico con --live (o elija Comprobar conexión) para incluirlo.</translation>
    </message>
    <message>
        <source>The new redirect URI could not be saved in %1.</source>
        <translation>La nueva URI de redirección no se pudo guardar en %1.</translation>
    </message>
</context>
<context>
    <name>Skybeam::DoctorDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>Comprobar &amp;conexión</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copiar &amp;informe</translation>
    </message>
    <message>
        <source>Diagnose a problem</source>
        <translation>Diagnosticar un problema</translation>
    </message>
    <message>
        <source>Talks to TikTok: one API call for the connection and up to two for the account, which count against a sandbox app&apos;s daily budget.</source>
        <translation>Habla con TikTok: una llamada a la API para la conexión y hasta dos para la cuenta, que cuentan para el cupo diario de una app de sandbox.</translation>
    </message>
    <message>
        <source>Checking, and asking TikTok…</source>
        <translation>Comprobando y preguntando a TikTok…</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>Co&amp;rregir</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Some checks found a problem; each says what to do.</source>
        <translation>Algunas comprobaciones encontraron un problema; cada una dice qué hacer.</translation>
    </message>
    <message>
        <source>Nothing is broken, but some checks have a warning.</source>
        <translation>No hay nada roto, pero algunas comprobaciones tienen un aviso.</translation>
    </message>
    <message>
        <source>Everything checked works.</source>
        <translation>Todo lo comprobado funciona.</translation>
    </message>
</context>
<context>
    <name>Skybeam::DonePage</name>
    <message>
        <source>Browse handoff &amp;packs</source>
        <translation>Ver los paquetes de &amp;entrega</translation>
    </message>
    <message>
        <source>Browse handoff packs</source>
        <translation>Ver los paquetes de entrega</translation>
    </message>
    <message>
        <source>TikTok account:</source>
        <translation>Cuenta de TikTok:</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Credential file:</source>
        <translation>Archivo de credenciales:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Renews by itself until:</source>
        <translation>Renovación automática hasta:</translation>
    </message>
    <message>
        <source>Posting by hand meanwhile, or as a fallback? The publisher&apos;s upload packs are one click away:</source>
        <translation>¿Quieres publicar a mano mientras tanto o como alternativa? Los paquetes de entrega del publicador están a un clic:</translation>
    </message>
    <message>
        <source>TikTok is set up</source>
        <translation>TikTok está configurado</translation>
    </message>
    <message>
        <source>TikTok is not set up yet</source>
        <translation>TikTok aún no está configurado</translation>
    </message>
    <message>
        <source>The SKYBEAM publisher can post to TikTok.</source>
        <translation>El publicador de SKYBEAM puede publicar en TikTok.</translation>
    </message>
    <message>
        <source>Until it is, the publisher keeps preparing handoff packs for posting by hand.</source>
        <translation>Hasta entonces, el publicador sigue preparando paquetes de entrega para publicar a mano.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sandbox: posts visible only to you</source>
        <translation>sandbox: las publicaciones solo las ves tú</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>also kept in the system keychain</source>
        <translation>también guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>only in the credential file (no system keychain)</source>
        <translation>solo en el archivo de credenciales (sin llavero del sistema)</translation>
    </message>
    <message>
        <source>only in the credential file</source>
        <translation>solo en el archivo de credenciales</translation>
    </message>
    <message>
        <source>Re&amp;mind me when it is time to re-authorize</source>
        <translation>Reco&amp;rdarme cuando sea hora de volver a autorizar</translation>
    </message>
    <message>
        <source>Remind me when it is time to re-authorize</source>
        <translation>Recordarme cuando sea hora de volver a autorizar</translation>
    </message>
    <message>
        <source>A daily check shows a desktop notification from 5 days before the 30-day date.</source>
        <translation>Una comprobación diaria muestra una notificación de escritorio desde 5 días antes de la fecha de los 30 días.</translation>
    </message>
    <message>
        <source>The reminders could not be changed: %1 Run &quot;skybeam-setup remind --enable&quot; later, or choose Finish to close without them.</source>
        <translation>No se pudieron cambiar los recordatorios: %1 Ejecute «skybeam-setup remind --enable» más tarde, o elija Finalizar para cerrar sin ellos.</translation>
    </message>
</context>
<context>
    <name>Skybeam::Error</name>
    <message>
        <source>%1 (TikTok log ID for support: %2)</source>
        <extracomment>%1 is an error message, %2 an identifier TikTok support can look up.</extracomment>
        <translation>%1 (ID de registro de TikTok para el soporte: %2)</translation>
    </message>
</context>
<context>
    <name>Skybeam::FileRangeDevice</name>
    <message>
        <source>The range can only be read.</source>
        <translation>El fragmento solo se puede leer.</translation>
    </message>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>El archivo es más corto de lo esperado.</translation>
    </message>
</context>
<context>
    <name>Skybeam::HandoffPackModel</name>
    <message>
        <source>No pack is selected.</source>
        <translation>No hay ningún paquete seleccionado.</translation>
    </message>
    <message>
        <source>This pack is broken (see its problems), so it cannot have been posted; it is not marked.</source>
        <translation>Este paquete está dañado (vea sus problemas), así que no puede haberse publicado; no se marca.</translation>
    </message>
</context>
<context>
    <name>Skybeam::HandoffViewer</name>
    <message>
        <source>Handoff packs - SKYBEAM TikTok Setup</source>
        <translation>Paquetes de entrega - SKYBEAM TikTok Setup</translation>
    </message>
    <message>
        <source>Search captions, hashtags and names</source>
        <translation>Buscar en descripciones, hashtags y nombres</translation>
    </message>
    <message>
        <source>Search packs</source>
        <translation>Buscar paquetes</translation>
    </message>
    <message>
        <source>Show packs</source>
        <translation>Paquetes que se muestran</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Todos los paquetes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicados</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Sort packs</source>
        <translation>Ordenar los paquetes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Mostrar como lista</translation>
    </message>
    <message>
        <source>Show as list (Ctrl+1)</source>
        <translation>Mostrar como lista (Ctrl+1)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>Mostrar como cuadrícula</translation>
    </message>
    <message>
        <source>Show as grid (Ctrl+2)</source>
        <translation>Mostrar como cuadrícula (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Open TikTok upload page</source>
        <translation>&amp;Abrir la página de subida de TikTok</translation>
    </message>
    <message>
        <source>Open TikTok upload page</source>
        <translation>Abrir la página de subida de TikTok</translation>
    </message>
    <message>
        <source>Then drag a pack from this list onto the upload page, and paste its caption.</source>
        <translation>Después, arrastra un paquete de esta lista a la página de subida y pega su descripción.</translation>
    </message>
    <message>
        <source>Upload page address</source>
        <translation>Dirección de la página de subida</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar el &amp;enlace</translation>
    </message>
    <message>
        <source>Copy the upload page address</source>
        <translation>Copiar la dirección de la página de subida</translation>
    </message>
    <message>
        <source>Handoff packs</source>
        <translation>Paquetes de entrega</translation>
    </message>
    <message>
        <source>Select a pack to see its caption, video and files.</source>
        <translation>Selecciona un paquete para ver su descripción, su vídeo y sus archivos.</translation>
    </message>
    <message>
        <source>Packs in %1</source>
        <translation>Paquetes en %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>This pack was removed from the folder.</source>
        <translation>Este paquete se ha quitado de la carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n paquete</numerusform>
            <numerusform>%n paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pack(s)</source>
        <translation>
            <numerusform>%1 de %n paquete</numerusform>
            <numerusform>%1 de %n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>No packs yet. The folder %1 does not exist; the publisher creates it when it writes its first pack in Handoff mode. Packs will appear here by themselves.</source>
        <translation>Aún no hay paquetes. La carpeta %1 no existe; el publicador la crea cuando escribe su primer paquete en modo de entrega. Los paquetes aparecerán aquí por sí solos.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read. Check its permissions.</source>
        <translation>No se puede leer la carpeta %1. Comprueba sus permisos.</translation>
    </message>
    <message>
        <source>Reading packs…</source>
        <translation>Leyendo los paquetes…</translation>
    </message>
    <message>
        <source>No packs in %1 yet. New packs appear here by themselves.</source>
        <translation>Aún no hay paquetes en %1. Los paquetes nuevos aparecen aquí por sí solos.</translation>
    </message>
    <message>
        <source>No pack matches the search or the filter.</source>
        <translation>Ningún paquete coincide con la búsqueda o el filtro.</translation>
    </message>
    <message>
        <source>The upload page is opening in your browser.</source>
        <translation>La página de subida se está abriendo en tu navegador.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in your browser.</source>
        <translation>No se ha podido abrir ningún navegador. Copia el enlace y ábrelo en tu navegador.</translation>
    </message>
    <message>
        <source>Caption copied. Paste it into the caption box on the upload page.</source>
        <translation>Descripción copiada. Pégala en el cuadro de descripción de la página de subida.</translation>
    </message>
    <message>
        <source>Marked as posted.</source>
        <translation>Marcado como publicado.</translation>
    </message>
    <message>
        <source>Marked as not posted.</source>
        <translation>Marcado como no publicado.</translation>
    </message>
    <message>
        <source>No file manager could be opened. The folder is %1</source>
        <translation>No se ha podido abrir ningún gestor de archivos. La carpeta es %1</translation>
    </message>
    <message>
        <source>Details of the selected pack</source>
        <translation>Detalles del paquete seleccionado</translation>
    </message>
    <message>
        <source>TikTok inbox uploads</source>
        <translation>Subidas a la bandeja de entrada de TikTok</translation>
    </message>
</context>
<context>
    <name>Skybeam::JournalContents</name>
    <message>
        <source>SKYBEAM&apos;s publish journal was damaged and started anew on %1 (the damaged one is kept as %2), so SKYBEAM cannot tell whether this pack was sent to TikTok before that. Nothing was sent.</source>
        <extracomment>%1 is a date and time, %2 the path of the damaged journal&apos;s copy.</extracomment>
        <translation>El diario de publicación de SKYBEAM estaba dañado y se empezó de nuevo el %1 (el dañado se guarda como %2), así que SKYBEAM no puede saber si este paquete se envió a TikTok antes de eso. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>Skybeam::JournalEntry</name>
    <message>
        <source>Sending (interrupted)</source>
        <translation>Enviando (interrumpido)</translation>
    </message>
    <message>
        <source>Processing at TikTok</source>
        <translation>En proceso en TikTok</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>In the TikTok inbox</source>
        <translation>En la bandeja de entrada de TikTok</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is why TikTok or SKYBEAM refused the post.</extracomment>
        <translation>Fallido: %1</translation>
    </message>
    <message>
        <source>Abandoned (never posted)</source>
        <translation>Abandonado (nunca publicado)</translation>
    </message>
</context>
<context>
    <name>Skybeam::KeychainCheck</name>
    <message>
        <source>System keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>There is no desktop session bus (D-Bus), so no keychain can be reached; your client secret stays only in the credential file and must be typed again to re-authorize.</source>
        <translation>No hay bus de sesión del escritorio (D-Bus), así que no se puede llegar a ningún llavero; su secreto de cliente queda solo en el archivo de credenciales y habrá que escribirlo de nuevo para volver a autorizar.</translation>
    </message>
    <message>
        <source>Run SKYBEAM Setup from your desktop session, or over ssh inside dbus-run-session with a keyring unlocked.</source>
        <translation>Ejecute SKYBEAM Setup desde su sesión de escritorio, o por ssh dentro de dbus-run-session con un llavero desbloqueado.</translation>
    </message>
    <message>
        <source>No keychain was asked.</source>
        <translation>No se preguntó a ningún llavero.</translation>
    </message>
    <message>
        <source>No keyring service (such as GNOME Keyring or KWallet) answers on this desktop session; your client secret must be typed again to re-authorize.</source>
        <translation>Ningún servicio de llavero (como GNOME Keyring o KWallet) responde en esta sesión de escritorio; habrá que escribir de nuevo su secreto de cliente para volver a autorizar.</translation>
    </message>
    <message>
        <source>Install and start a keyring, for example: sudo apt install gnome-keyring, then log in again.</source>
        <translation>Instale e inicie un llavero, por ejemplo: sudo apt install gnome-keyring, y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked, so SKYBEAM Setup cannot read the client secret from it.</source>
        <translation>El llavero está bloqueado, así que SKYBEAM Setup no puede leer de él el secreto de cliente.</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop, or open Passwords and Keys and unlock the Login keyring), then run the check again.</source>
        <translation>Desbloquee el llavero (inicie sesión en el escritorio, o abra «Contraseñas y claves» y desbloquee el depósito «Inicio de sesión») y vuelva a comprobar.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s): it is probably locked and waiting for its password.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo: probablemente está bloqueado y esperando su contraseña.</numerusform>
            <numerusform>El llavero no respondió en %n segundos: probablemente está bloqueado y esperando su contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain answers and is unlocked.</source>
        <translation>El llavero responde y está desbloqueado.</translation>
    </message>
    <message>
        <source>The keychain answers, is unlocked and holds the client secret for this app.</source>
        <translation>El llavero responde, está desbloqueado y guarda el secreto de cliente de esta app.</translation>
    </message>
    <message>
        <source>The keychain answers, but holds no client secret for this app.</source>
        <translation>El llavero responde, pero no guarda ningún secreto de cliente para esta app.</translation>
    </message>
    <message>
        <source>Re-authorize once in the wizard; the secret is then kept in the keychain.</source>
        <translation>Vuelva a autorizar una vez en el asistente; después el secreto se guarda en el llavero.</translation>
    </message>
    <message>
        <source>The keychain answers, but holds nothing for this app&apos;s client key.</source>
        <translation>El llavero responde, pero no guarda nada para la clave de cliente de esta app.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>El llavero está bloqueado o negó el acceso.</translation>
    </message>
</context>
<context>
    <name>Skybeam::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
</context>
<context>
    <name>Skybeam::KeychainStatus</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>The system keychain holds your client secret, so re-authorizing needs no typing.</source>
        <translation>El llavero del sistema guarda tu secreto de cliente, así que para volver a autorizar no tendrás que escribir nada.</translation>
    </message>
    <message>
        <source>The system keychain is available: your client secret will be kept there.</source>
        <translation>El llavero del sistema está disponible: tu secreto de cliente se guardará allí.</translation>
    </message>
    <message>
        <source>No system keychain is available. Your keys are still saved in the credential file, readable only by you.</source>
        <translation>No hay ningún llavero del sistema disponible. Tus claves se guardan igualmente en el archivo de credenciales, que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used right now: %1</source>
        <translation>Ahora mismo no se puede usar el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>Skybeam::LiveCheck</name>
    <message>
        <source>There is no access token to check. Sign in with TikTok first.</source>
        <translation>No hay ningún token de acceso que comprobar. Inicia sesión con TikTok primero.</translation>
    </message>
</context>
<context>
    <name>Skybeam::LiveCheckResult</name>
    <message>
        <source>Everyone</source>
        <translation>Todo el mundo</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Solo yo</translation>
    </message>
</context>
<context>
    <name>Skybeam::LocalChecks</name>
    <message>
        <source>Credential file</source>
        <translation>Archivo de credenciales</translation>
    </message>
    <message>
        <source>The folder %1 is a link to another place; the publisher&apos;s credentials must be in a real folder, so SKYBEAM Setup refuses to save there.</source>
        <translation>La carpeta %1 es un enlace a otro lugar; las credenciales del publicador deben estar en una carpeta real, así que SKYBEAM Setup se niega a guardar allí.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the files into it), then run the check again.</source>
        <translation>Sustituya el enlace por una carpeta real (mueva los archivos a ella) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user (user ID %2), so your credentials there are not private and SKYBEAM Setup refuses to save there.</source>
        <translation>La carpeta %1 pertenece a otro usuario (ID de usuario %2), así que sus credenciales allí no son privadas y SKYBEAM Setup se niega a guardar allí.</translation>
    </message>
    <message>
        <source>Ask your administrator to give the folder back to you: sudo chown -R %1 %2</source>
        <translation>Pida a su administrador que le devuelva la carpeta: sudo chown -R %1 %2</translation>
    </message>
    <message>
        <source>No credential file was found: neither %1 nor %2 exists.</source>
        <translation>No se encontró ningún archivo de credenciales: no existe ni %1 ni %2.</translation>
    </message>
    <message>
        <source>Open the setup wizard (skybeam-setup) and choose Set up TikTok.</source>
        <translation>Abra el asistente de configuración (skybeam-setup) y elija Configurar TikTok.</translation>
    </message>
    <message>
        <source>The credential file %1 is a link to another file; SKYBEAM Setup refuses to write through links.</source>
        <translation>El archivo de credenciales %1 es un enlace a otro archivo; SKYBEAM Setup se niega a escribir a través de enlaces.</translation>
    </message>
    <message>
        <source>Replace the link with the file itself, then run the check again.</source>
        <translation>Sustituya el enlace por el propio archivo y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The credential file %1 belongs to another user (user ID %2).</source>
        <translation>El archivo de credenciales %1 pertenece a otro usuario (ID de usuario %2).</translation>
    </message>
    <message>
        <source>Ask your administrator to give the file back to you: sudo chown %1 %2</source>
        <translation>Pida a su administrador que le devuelva el archivo: sudo chown %1 %2</translation>
    </message>
    <message>
        <source>Open the setup wizard and set up TikTok again; the old file is kept as a backup.</source>
        <translation>Abra el asistente de configuración y configure TikTok de nuevo; el archivo antiguo se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <source>The credential file %1 lacks required fields: %2.</source>
        <translation>Al archivo de credenciales %1 le faltan campos obligatorios: %2.</translation>
    </message>
    <message>
        <source>Open the setup wizard and enter your app&apos;s client key and client secret again.</source>
        <translation>Abra el asistente de configuración y vuelva a introducir la clave y el secreto de cliente de su app.</translation>
    </message>
    <message>
        <source>Other users of this computer can read the credential file %1 (permissions %2, should be 0600).</source>
        <translation>Otros usuarios de este equipo pueden leer el archivo de credenciales %1 (permisos %2, deberían ser 0600).</translation>
    </message>
    <message>
        <source>Other users of this computer can open the folder %1 (permissions %2, should be 0700).</source>
        <translation>Otros usuarios de este equipo pueden abrir la carpeta %1 (permisos %2, deberían ser 0700).</translation>
    </message>
    <message>
        <source>Choose Fix to make them private, or run: chmod 700 %1 &amp;&amp; chmod 600 %2</source>
        <translation>Elija Corregir para hacerlos privados, o ejecute: chmod 700 %1 &amp;&amp; chmod 600 %2</translation>
    </message>
    <message>
        <source>Found %1 (the older file name, read because tiktok_oauth.json is absent); it is complete and only you can read it.</source>
        <translation>Se encontró %1 (el nombre de archivo antiguo, leído porque falta tiktok_oauth.json); está completo y solo usted puede leerlo.</translation>
    </message>
    <message>
        <source>Found %1; it is complete and only you can read it.</source>
        <translation>Se encontró %1; está completo y solo usted puede leerlo.</translation>
    </message>
    <message>
        <source>TikTok access</source>
        <translation>Acceso a TikTok</translation>
    </message>
    <message>
        <source>There is no usable credential file to read the access from.</source>
        <translation>No hay ningún archivo de credenciales utilizable del que leer el acceso.</translation>
    </message>
    <message>
        <source>Run: skybeam-setup refresh (or choose Renew in the wizard).</source>
        <translation>Ejecute: skybeam-setup refresh (o elija Renovar en el asistente).</translation>
    </message>
    <message>
        <source>Open the wizard and choose Re-authorize.</source>
        <translation>Abra el asistente y elija Volver a autorizar.</translation>
    </message>
    <message>
        <source>The file does not say which permissions (scopes) TikTok granted.</source>
        <translation>El archivo no dice qué permisos (scopes) concedió TikTok.</translation>
    </message>
    <message>
        <source>Open the wizard and choose Re-authorize, so the granted permissions are recorded.</source>
        <translation>Abra el asistente y elija Volver a autorizar, para que se registren los permisos concedidos.</translation>
    </message>
    <message>
        <source>TikTok did not grant the permissions %1, which the publisher needs.</source>
        <translation>TikTok no concedió los permisos %1, que el publicador necesita.</translation>
    </message>
    <message>
        <source>In the TikTok developer portal, open your app, add the product that provides %1 (Login Kit for user.info.basic, Content Posting API for video.upload and video.publish), tick the scope under Scopes, save, then re-authorize in the wizard and leave every permission ticked.</source>
        <translation>En el portal de desarrolladores de TikTok, abra su app, añada el producto que ofrece %1 (Login Kit para user.info.basic, Content Posting API para video.upload y video.publish), marque el scope en Scopes, guarde, vuelva a autorizar en el asistente y deje marcados todos los permisos.</translation>
    </message>
    <message>
        <source>All needed permissions are granted (%1).</source>
        <translation>Todos los permisos necesarios están concedidos (%1).</translation>
    </message>
    <message>
        <source>Redirect URI and port</source>
        <translation>URI de redirección y puerto</translation>
    </message>
    <message>
        <source>The remembered redirect URI %1 cannot be used: %2</source>
        <translation>La URI de redirección recordada %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Register %1 in the TikTok developer portal (Login Kit, Redirect URI) and choose Fix to use it.</source>
        <translation>Registre %1 en el portal de desarrolladores de TikTok (Login Kit, Redirect URI) y elija Corregir para usarla.</translation>
    </message>
    <message>
        <source>The redirect URI is %1 (the default).</source>
        <translation>La URI de redirección es %1 (la predeterminada).</translation>
    </message>
    <message>
        <source>The redirect URI is %1 (the default is %2).</source>
        <translation>La URI de redirección es %1 (la predeterminada es %2).</translation>
    </message>
    <message>
        <source>%1 A free port is chosen at each sign-in.</source>
        <translation>%1 En cada inicio de sesión se elige un puerto libre.</translation>
    </message>
    <message>
        <source>%1 Port %2 is free for the sign-in.</source>
        <translation>%1 El puerto %2 está libre para el inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 Another program is using port %2, so TikTok cannot send the browser back after sign-in.</source>
        <translation>%1 Otro programa usa el puerto %2, así que TikTok no puede devolver el navegador tras iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 Port %2 is in use by %3, so TikTok cannot send the browser back after sign-in.</source>
        <translation>%1 El puerto %2 lo usa %3, así que TikTok no puede devolver el navegador tras iniciar sesión.</translation>
    </message>
    <message>
        <source>Stop that program, or register %1 as a redirect URI in the TikTok developer portal (Login Kit) and choose Fix to use a free port from now on.</source>
        <translation>Cierre ese programa, o registre %1 como URI de redirección en el portal de desarrolladores de TikTok (Login Kit) y elija Corregir para usar desde ahora un puerto libre.</translation>
    </message>
    <message>
        <source>The name localhost</source>
        <translation>El nombre localhost</translation>
    </message>
    <message>
        <source>Ask your administrator to put these lines in /etc/hosts: &quot;127.0.0.1 localhost&quot; and &quot;::1 localhost&quot;.</source>
        <translation>Pida a su administrador que ponga estas líneas en /etc/hosts: «127.0.0.1 localhost» y «::1 localhost».</translation>
    </message>
    <message>
        <source>The name localhost does not lead anywhere on this computer, so the browser cannot come back to SKYBEAM Setup after signing in.</source>
        <translation>El nombre localhost no lleva a ninguna parte en este equipo, así que el navegador no puede volver a SKYBEAM Setup tras iniciar sesión.</translation>
    </message>
    <message>
        <source>The name localhost leads to %1, which is not this computer, so the sign-in cannot finish.</source>
        <translation>El nombre localhost lleva a %1, que no es este equipo, así que el inicio de sesión no puede terminar.</translation>
    </message>
    <message>
        <source>The name localhost leads to this computer (%1).</source>
        <translation>El nombre localhost lleva a este equipo (%1).</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Navegador web</translation>
    </message>
    <message>
        <source>Links open with %1 (set by the BROWSER variable).</source>
        <translation>Los enlaces se abren con %1 (fijado por la variable BROWSER).</translation>
    </message>
    <message>
        <source>The BROWSER variable names %1, but no such program is installed.</source>
        <translation>La variable BROWSER nombra %1, pero ese programa no está instalado.</translation>
    </message>
    <message>
        <source>Correct or remove the BROWSER variable, or copy the sign-in link into a browser yourself.</source>
        <translation>Corrija o quite la variable BROWSER, o copie usted mismo el enlace de inicio de sesión en un navegador.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup cannot open a browser: xdg-open is not installed and BROWSER is not set.</source>
        <translation>SKYBEAM Setup no puede abrir un navegador: xdg-open no está instalado y BROWSER no está definida.</translation>
    </message>
    <message>
        <source>Install xdg-utils (sudo apt install xdg-utils) or set BROWSER; until then copy the sign-in link into a browser yourself.</source>
        <translation>Instale xdg-utils (sudo apt install xdg-utils) o defina BROWSER; mientras tanto, copie usted mismo el enlace de inicio de sesión en un navegador.</translation>
    </message>
    <message>
        <source>No default web browser is set, so opening the sign-in page may fail.</source>
        <translation>No hay navegador predeterminado, así que abrir la página de inicio de sesión puede fallar.</translation>
    </message>
    <message>
        <source>Choose a default browser in your desktop&apos;s settings, or run for example: xdg-settings set default-web-browser firefox-esr.desktop</source>
        <translation>Elija un navegador predeterminado en la configuración de su escritorio, o ejecute por ejemplo: xdg-settings set default-web-browser firefox-esr.desktop</translation>
    </message>
    <message>
        <source>Links open in the default browser (%1).</source>
        <translation>Los enlaces se abren en el navegador predeterminado (%1).</translation>
    </message>
    <message>
        <source>Sandbox or production app</source>
        <translation>App de sandbox o de producción</translation>
    </message>
    <message>
        <source>No client key is stored.</source>
        <translation>No hay ninguna clave de cliente guardada.</translation>
    </message>
    <message>
        <source>The client key belongs to a sandbox app: posts are visible only to you, at most 10 test accounts can sign in, and TikTok allows about 20 API calls a day.</source>
        <translation>La clave de cliente es de una app de sandbox: las publicaciones solo las ve usted, como mucho 10 cuentas de prueba pueden iniciar sesión y TikTok permite unas 20 llamadas a la API al día.</translation>
    </message>
    <message>
        <source>To post publicly, create the production app in the TikTok developer portal, have it audited, and set up SKYBEAM with its keys.</source>
        <translation>Para publicar en público, cree la app de producción en el portal de desarrolladores de TikTok, haga que la auditen y configure SKYBEAM con sus claves.</translation>
    </message>
    <message>
        <source>The client key belongs to a production app: it can post for any account that signs in, publicly once TikTok has audited the app.</source>
        <translation>La clave de cliente es de una app de producción: puede publicar para cualquier cuenta que inicie sesión, en público una vez que TikTok haya auditado la app.</translation>
    </message>
    <message>
        <source>Export folder and disk space</source>
        <translation>Carpeta de exportación y espacio en disco</translation>
    </message>
    <message>
        <source>The publisher&apos;s export folder %1 does not exist yet, so there are no packs to post.</source>
        <translation>La carpeta de exportación %1 del publicador aún no existe, así que no hay paquetes que publicar.</translation>
    </message>
    <message>
        <source>Check that the publisher exports to this SKYBEAM folder (ROXY_HOME or --roxy-home).</source>
        <translation>Compruebe que el publicador exporta a esta carpeta de SKYBEAM (ROXY_HOME o --roxy-home).</translation>
    </message>
    <message>
        <source>The export folder %1 cannot be read.</source>
        <translation>La carpeta de exportación %1 no se puede leer.</translation>
    </message>
    <message>
        <source>Make the folder readable for you: chmod u+rx %1</source>
        <translation>Haga que la carpeta sea legible para usted: chmod u+rx %1</translation>
    </message>
    <message>
        <source>The export folder %1 is empty: no packs are waiting.</source>
        <translation>La carpeta de exportación %1 está vacía: no hay paquetes esperando.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) waiting to be posted in %1.</source>
        <translation>
            <numerusform>%n paquete espera a publicarse en %1.</numerusform>
            <numerusform>%n paquetes esperan a publicarse en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) cannot be posted because they are damaged: %1.</source>
        <translation>
            <numerusform>%n paquete no se puede publicar porque está dañado: %1.</numerusform>
            <numerusform>%n paquetes no se pueden publicar porque están dañados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the handoff packs (skybeam-setup packs) to see what is wrong with each, and export them again from the publisher.</source>
        <translation>Abra los paquetes de entrega (skybeam-setup packs) para ver qué falla en cada uno y expórtelos de nuevo desde el publicador.</translation>
    </message>
    <message>
        <source>Only %1 GB are free on the disk of %2; the publisher needs room for new videos.</source>
        <translation>Solo quedan %1 GB libres en el disco de %2; el publicador necesita espacio para vídeos nuevos.</translation>
    </message>
    <message>
        <source>Free some disk space, for example by removing packs that were already posted.</source>
        <translation>Libere espacio en disco, por ejemplo quitando paquetes ya publicados.</translation>
    </message>
    <message>
        <source>%1 GB free.</source>
        <translation>%1 GB libres.</translation>
    </message>
</context>
<context>
    <name>Skybeam::LoginFlow</name>
    <message>
        <source>Enter your app&apos;s Client Key from the TikTok Developer Portal (Keys and Credentials).</source>
        <translation>Introduce el «Client Key» de tu app, del portal para desarrolladores de TikTok («Keys and Credentials»).</translation>
    </message>
    <message>
        <source>Enter your app&apos;s Client Secret from the TikTok Developer Portal (Keys and Credentials).</source>
        <translation>Introduce el «Client Secret» de tu app, del portal para desarrolladores de TikTok («Keys and Credentials»).</translation>
    </message>
    <message>
        <source>The client secret contains spaces or line breaks. Copy the Client Secret again from the Developer Portal, without them.</source>
        <translation>El secreto de cliente contiene espacios o saltos de línea. Vuelve a copiar el «Client Secret» del portal para desarrolladores, sin ellos.</translation>
    </message>
    <message>
        <source>No permissions (scopes) were given. Use user.info.basic,video.upload,video.publish.</source>
        <translation>No se ha indicado ningún permiso (scope). Usa user.info.basic,video.upload,video.publish.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TikTok permission name. Separate permissions with commas, for example user.info.basic,video.upload,video.publish.</source>
        <extracomment>%1 is what the operator typed as a permission name.</extracomment>
        <translation>«%1» no es el nombre de un permiso de TikTok. Separa los permisos con comas, por ejemplo user.info.basic,video.upload,video.publish.</translation>
    </message>
    <message>
        <source>The time limit must be at least one second.</source>
        <translation>El límite de tiempo debe ser de al menos un segundo.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from TikTok within %n minute(s). Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</source>
        <translation>
            <numerusform>No ha llegado ninguna respuesta de TikTok en %n minuto. Termina el inicio de sesión en el navegador dentro de ese tiempo. Si TikTok ha mostrado su propia página de error en lugar de devolverte aquí (por ejemplo, sobre la Redirect URI o la clave de cliente), revisa los ajustes de tu app en el portal para desarrolladores y vuelve a intentarlo.</numerusform>
            <numerusform>No ha llegado ninguna respuesta de TikTok en %n minutos. Termina el inicio de sesión en el navegador dentro de ese tiempo. Si TikTok ha mostrado su propia página de error en lugar de devolverte aquí (por ejemplo, sobre la Redirect URI o la clave de cliente), revisa los ajustes de tu app en el portal para desarrolladores y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from TikTok within %n second(s). Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</source>
        <translation>
            <numerusform>No ha llegado ninguna respuesta de TikTok en %n segundo. Termina el inicio de sesión en el navegador dentro de ese tiempo. Si TikTok ha mostrado su propia página de error en lugar de devolverte aquí (por ejemplo, sobre la Redirect URI o la clave de cliente), revisa los ajustes de tu app en el portal para desarrolladores y vuelve a intentarlo.</numerusform>
            <numerusform>No ha llegado ninguna respuesta de TikTok en %n segundos. Termina el inicio de sesión en el navegador dentro de ese tiempo. Si TikTok ha mostrado su propia página de error en lugar de devolverte aquí (por ejemplo, sobre la Redirect URI o la clave de cliente), revisa los ajustes de tu app en el portal para desarrolladores y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>The client key contains spaces or line breaks. Copy the Client Key again from the Developer Portal, without them.</source>
        <translation>La clave de cliente contiene espacios o saltos de línea. Copie de nuevo la Client Key del Developer Portal, sin ellos.</translation>
    </message>
</context>
<context>
    <name>Skybeam::LoopbackReceiver</name>
    <message>
        <source>SKYBEAM Setup could not open port %1 on this computer to receive TikTok&apos;s answer (%2).</source>
        <translation>SKYBEAM Setup no ha podido abrir el puerto %1 de este ordenador para recibir la respuesta de TikTok (%2).</translation>
    </message>
    <message>
        <source>Another program is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %1 on this computer). Close that program and try again, or use a free port instead: add http://127.0.0.1:*/callback/ to your app&apos;s redirect URIs in the TikTok developer portal and sign in with it.</source>
        <extracomment>%1 is a port number.</extracomment>
        <translation>Otro programa está usando la dirección que SKYBEAM necesita para recibir la respuesta de TikTok (puerto %1 en este ordenador). Cierre ese programa y vuelva a intentarlo, o use un puerto libre: añada http://127.0.0.1:*/callback/ a los URI de redirección de su aplicación en el portal para desarrolladores de TikTok e inicie sesión con él.</translation>
    </message>
    <message>
        <source>Another program, %1, is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %2 on this computer). Close %1 and try again, or use a free port instead: add http://127.0.0.1:*/callback/ to your app&apos;s redirect URIs in the TikTok developer portal and sign in with it.</source>
        <extracomment>%1 is a program&apos;s name, e.g. &quot;python3&quot;; %2 a port number.</extracomment>
        <translation>Otro programa, %1, está usando la dirección que SKYBEAM necesita para recibir la respuesta de TikTok (puerto %2 en este ordenador). Cierre %1 y vuelva a intentarlo, o use un puerto libre: añada http://127.0.0.1:*/callback/ a los URI de redirección de su aplicación en el portal para desarrolladores de TikTok e inicie sesión con él.</translation>
    </message>
</context>
<context>
    <name>Skybeam::MemorySecretStore</name>
    <message>
        <source>Memory (not saved)</source>
        <translation>Memoria (no se guarda)</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>Nothing is saved in the system keychain for this app yet.</source>
        <translation>Aún no hay nada guardado en el llavero del sistema para esta app.</translation>
    </message>
</context>
<context>
    <name>Skybeam::Modules</name>
    <message>
        <source>%1 is not installed (looked in %2).</source>
        <translation>%1 no está instalado (se buscó en %2).</translation>
    </message>
</context>
<context>
    <name>Skybeam::Mp4HeaderParser</name>
    <message>
        <source>The video file is incomplete (cut off before its end).</source>
        <translation>El archivo de vídeo está incompleto (cortado antes del final).</translation>
    </message>
    <message>
        <source>The video file&apos;s header is damaged.</source>
        <translation>La cabecera del archivo de vídeo está dañada.</translation>
    </message>
    <message>
        <source>The video file is not an MP4 or MOV file.</source>
        <translation>El archivo de vídeo no es un archivo MP4 ni MOV.</translation>
    </message>
    <message>
        <source>The video file is empty.</source>
        <translation>El archivo de vídeo está vacío.</translation>
    </message>
    <message>
        <source>The video file has no movie header; it may still be being written.</source>
        <translation>El archivo de vídeo no tiene cabecera de película; puede que todavía se esté escribiendo.</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>No se puede leer el archivo de vídeo.</translation>
    </message>
    <message>
        <source>The video file&apos;s header is too large to read.</source>
        <translation>La cabecera del archivo de vídeo es demasiado grande para leerla.</translation>
    </message>
</context>
<context>
    <name>Skybeam::NetworkCheck</name>
    <message>
        <source>Connection to TikTok</source>
        <translation>Conexión con TikTok</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) answers.</source>
        <translation>El proxy %1 (de %2) responde.</translation>
    </message>
    <message>
        <source>The proxy %1 named by the %2 variable does not answer (%3), so nothing can reach TikTok through it.</source>
        <translation>El proxy %1 indicado por la variable %2 no responde (%3), así que nada puede llegar a TikTok a través de él.</translation>
    </message>
    <message>
        <source>Ask your administrator for the right proxy address, or remove the %1 variable if this network needs no proxy.</source>
        <translation>Pida a su administrador la dirección correcta del proxy, o quite la variable %1 si esta red no necesita proxy.</translation>
    </message>
    <message>
        <source>The proxy %1 named by the %2 variable does not answer.</source>
        <translation>El proxy %1 indicado por la variable %2 no responde.</translation>
    </message>
    <message>
        <source>TikTok&apos;s server name %1 cannot be looked up (DNS), so this computer cannot find TikTok.</source>
        <translation>El nombre del servidor de TikTok %1 no se puede resolver (DNS), así que este equipo no encuentra TikTok.</translation>
    </message>
    <message>
        <source>Check that the computer is online and that its DNS server works; ask your administrator if TikTok is blocked on this network.</source>
        <translation>Compruebe que el equipo está conectado y que su servidor DNS funciona; pregunte a su administrador si TikTok está bloqueado en esta red.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>No hay acceso a la red.</translation>
    </message>
    <message>
        <source>The secure connection to %1 is not trusted: its certificate could not be verified.</source>
        <translation>La conexión segura con %1 no es de confianza: su certificado no se pudo verificar.</translation>
    </message>
    <message>
        <source>The secure connection to %1 is not trusted: its certificate was issued by &quot;%2&quot;, not by an authority this computer trusts. A proxy or antivirus program is probably intercepting HTTPS.</source>
        <translation>La conexión segura con %1 no es de confianza: su certificado lo emitió «%2», no una autoridad en la que confíe este equipo. Probablemente un proxy o un antivirus está interceptando HTTPS.</translation>
    </message>
    <message>
        <source>Ask your administrator to exempt %1 and www.tiktok.com from HTTPS inspection, or to install their certificate authority on this computer. Also check that the date and time are correct.</source>
        <translation>Pida a su administrador que excluya %1 y www.tiktok.com de la inspección HTTPS, o que instale su autoridad de certificación en este equipo. Compruebe también que la fecha y la hora son correctas.</translation>
    </message>
    <message>
        <source>The proxy did not let the connection to %1 through (%2).</source>
        <translation>El proxy no dejó pasar la conexión con %1 (%2).</translation>
    </message>
    <message>
        <source>Check the proxy settings with your administrator.</source>
        <translation>Revise la configuración del proxy con su administrador.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): a firewall may block it, or the network is down.</source>
        <translation>No se puede llegar a %1 (%2): quizá lo bloquee un cortafuegos, o la red no funciona.</translation>
    </message>
    <message>
        <source>Check that the computer is online; ask your administrator whether %1 on port %2 is allowed.</source>
        <translation>Compruebe que el equipo está conectado; pregunte a su administrador si %1 en el puerto %2 está permitido.</translation>
    </message>
    <message>
        <source>TikTok&apos;s API at %1 answers over a verified secure connection.</source>
        <translation>La API de TikTok en %1 responde por una conexión segura verificada.</translation>
    </message>
    <message>
        <source>The API at %1 answers (plain HTTP: a local test server).</source>
        <translation>La API en %1 responde (HTTP simple: un servidor de pruebas local).</translation>
    </message>
    <message>
        <source>The answer had no readable date, so the clock could not be compared.</source>
        <translation>La respuesta no tenía una fecha legible, así que no se pudo comparar el reloj.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto por delante del de TikTok; el inicio de sesión, la caducidad de los tokens y las conexiones seguras dependen de él.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos por delante del de TikTok; el inicio de sesión, la caducidad de los tokens y las conexiones seguras dependen de él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto por detrás del de TikTok; el inicio de sesión, la caducidad de los tokens y las conexiones seguras dependen de él.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos por detrás del de TikTok; el inicio de sesión, la caducidad de los tokens y las conexiones seguras dependen de él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic date and time (for example: sudo timedatectl set-ntp true).</source>
        <translation>Active la fecha y hora automáticas (por ejemplo: sudo timedatectl set-ntp true).</translation>
    </message>
    <message numerus="yes">
        <source>The clock agrees with TikTok&apos;s (%n second(s) apart).</source>
        <translation>
            <numerusform>El reloj coincide con el de TikTok (%n segundo de diferencia).</numerusform>
            <numerusform>El reloj coincide con el de TikTok (%n segundos de diferencia).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::PackDetailsPane</name>
    <message>
        <source>&amp;Copy caption</source>
        <translation>&amp;Copiar la descripción</translation>
    </message>
    <message>
        <source>&amp;Mark as posted</source>
        <translation>&amp;Marcar como publicado</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>&amp;Reveal in folder</source>
        <translation>Mostrar en la ca&amp;rpeta</translation>
    </message>
    <message>
        <source>Select a pack to see its caption, video and files.</source>
        <translation>Selecciona un paquete para ver su descripción, su vídeo y sus archivos.</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Drag this video onto the TikTok upload page</source>
        <translation>Arrastra este vídeo a la página de subida de TikTok</translation>
    </message>
    <message>
        <source>Video drag handle</source>
        <translation>Asa para arrastrar el vídeo</translation>
    </message>
    <message>
        <source>Drag to the upload page in your browser, or to a file manager.</source>
        <translation>Arrástralo a la página de subida en el navegador o a un gestor de archivos.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>Longitud de la descripción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Copy caption</source>
        <translation>Copiar la descripción</translation>
    </message>
    <message>
        <source>Mark as posted</source>
        <translation>Marcar como publicado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Reveal in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>Video size:</source>
        <translation>Tamaño del vídeo:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Posted (marked %1)</source>
        <translation>Publicado (marcado el %1)</translation>
    </message>
    <message>
        <source>New (not posted yet)</source>
        <translation>Nuevo (aún no publicado)</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Sin vídeo</translation>
    </message>
    <message>
        <source>%1 — too long for TikTok</source>
        <translation>%1: demasiado larga para TikTok</translation>
    </message>
    <message>
        <source>&amp;Mark as not posted</source>
        <translation>&amp;Marcar como no publicado</translation>
    </message>
    <message>
        <source>Mark as not posted</source>
        <translation>Marcar como no publicado</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Vídeo: %1</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadatos: %1</translation>
    </message>
    <message>
        <source>Caption: caption.txt</source>
        <translation>Descripción: caption.txt</translation>
    </message>
    <message>
        <source>Caption: from the metadata</source>
        <translation>Descripción: de los metadatos</translation>
    </message>
    <message>
        <source>Thumbnail: %1</source>
        <translation>Miniatura: %1</translation>
    </message>
    <message>
        <source>Other files: %1</source>
        <translation>Otros archivos: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>No thumbnail</source>
        <translation>Sin miniatura</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Send to &amp;TikTok…</source>
        <translation>Enviar a &amp;TikTok…</translation>
    </message>
    <message>
        <source>Send to TikTok</source>
        <translation>Enviar a TikTok</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Resume the interrupted send to TikTok</source>
        <translation>Reanudar el envío interrumpido a TikTok</translation>
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
        <translation>Este paquete está dañado (vea sus problemas): no puede haberse publicado.</translation>
    </message>
    <message>
        <source>Not sent from here</source>
        <translation>No enviado desde aquí</translation>
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
        <translation>%1 / %2 caracteres</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackItemDelegate</name>
    <message>
        <source>Broken</source>
        <extracomment>Badge on a pack that cannot be uploaded as it is.</extracomment>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Badge on a pack with a problem worth a look (e.g. a caption that is too long).</extracomment>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Badge on a pack not yet marked as posted.</extracomment>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackPostingState</name>
    <message>
        <source>Not known: SKYBEAM&apos;s publish journal cannot be read, so it cannot tell whether this pack reached TikTok.</source>
        <translation>Desconocido: no se puede leer el diario de publicación de SKYBEAM, así que no se sabe si este paquete llegó a TikTok.</translation>
    </message>
    <message>
        <source>Sending was interrupted (%1 of %2 reached TikTok; TikTok never posts an incomplete upload). Resume continues it.</source>
        <extracomment>%1 and %2 are amounts of data (&quot;5.0 MiB of 12.0 MiB&quot;).</extracomment>
        <translation>El envío se interrumpió (llegaron a TikTok %1 de %2; TikTok nunca publica una subida incompleta). «Reanudar» lo continúa.</translation>
    </message>
    <message>
        <source>Processing at TikTok (publish_id %1): TikTok has the whole video. Resume asks TikTok how it went; the video is not sent again.</source>
        <extracomment>%1 is TikTok&apos;s publish_id.</extracomment>
        <translation>En proceso en TikTok (publish_id %1): TikTok tiene el vídeo completo. «Reanudar» pregunta a TikTok cómo ha ido; el vídeo no se envía de nuevo.</translation>
    </message>
    <message>
        <source>Posted on the TikTok profile on %1 (publish_id %2).</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>Publicado en el perfil de TikTok el %1 (publish_id %2).</translation>
    </message>
    <message>
        <source>In the TikTok inbox since %1 (publish_id %2): finish the post in the TikTok app.</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>En la bandeja de entrada de TikTok desde el %1 (publish_id %2): termine la publicación en la app de TikTok.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is why TikTok or SKYBEAM refused the post.</extracomment>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>An interrupted send was given up; TikTok never posts an incomplete upload.</source>
        <translation>Se abandonó un envío interrumpido; TikTok nunca publica una subida incompleta.</translation>
    </message>
    <message>
        <source>Not known: SKYBEAM&apos;s publish journal was damaged and started anew, so it cannot tell whether this pack reached TikTok before that.</source>
        <translation>Desconocido: el diario de publicación de SKYBEAM estaba dañado y se empezó de nuevo, así que no se sabe si este paquete llegó a TikTok antes de eso.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackReader</name>
    <message>
        <source>This folder is a symbolic link loop.</source>
        <translation>Esta carpeta es un bucle de enlaces simbólicos.</translation>
    </message>
    <message>
        <source>This folder is a link to something that no longer exists.</source>
        <translation>Esta carpeta es un enlace a algo que ya no existe.</translation>
    </message>
    <message>
        <source>This folder cannot be read (permission denied).</source>
        <translation>No se puede leer esta carpeta (permiso denegado).</translation>
    </message>
    <message>
        <source>This entry is a link to a file, not a folder.</source>
        <translation>Esta entrada es un enlace a un archivo, no a una carpeta.</translation>
    </message>
    <message>
        <source>This folder cannot be read (%1).</source>
        <translation>No se puede leer esta carpeta (%1).</translation>
    </message>
    <message>
        <source>The metadata file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de metadatos %1 (%2).</translation>
    </message>
    <message>
        <source>The metadata file %1 is larger than %2 and was not read.</source>
        <translation>El archivo de metadatos %1 ocupa más de %2 y no se ha leído.</translation>
    </message>
    <message>
        <source>The metadata file %1 is not valid JSON: %2 (at byte %3).</source>
        <extracomment>%1 is a file name, %2 the parser&apos;s description of the problem, %3 a byte offset.</extracomment>
        <translation>El archivo de metadatos %1 no es un JSON válido: %2 (en el byte %3).</translation>
    </message>
    <message>
        <source>The metadata file %1 does not hold a JSON object.</source>
        <translation>El archivo de metadatos %1 no contiene un objeto JSON.</translation>
    </message>
    <message>
        <source>The caption file cannot be read (%1).</source>
        <translation>No se puede leer el archivo de descripción (%1).</translation>
    </message>
    <message>
        <source>The caption file is larger than %1; only its beginning is shown.</source>
        <translation>El archivo de descripción ocupa más de %1; solo se muestra el principio.</translation>
    </message>
    <message>
        <source>The caption file is not UTF-8 text; some characters are shown as �.</source>
        <translation>El archivo de descripción no es texto UTF-8; algunos caracteres se muestran como �.</translation>
    </message>
    <message>
        <source>The video file %1 is empty.</source>
        <translation>El archivo de vídeo %1 está vacío.</translation>
    </message>
    <message>
        <source>The video file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de vídeo %1 (%2).</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>No se puede leer el archivo de vídeo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 a sentence on what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This folder is a link back to the exports folder or a folder above it (a loop).</source>
        <translation>Esta carpeta es un enlace de vuelta a la carpeta de exportación o a una carpeta superior (un bucle).</translation>
    </message>
    <message>
        <source>%1 (broken link)</source>
        <extracomment>A file name followed by a note that it is a link leading nowhere.</extracomment>
        <translation>%1 (enlace roto)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n video files; %1 is the one to upload.</source>
        <translation>
            <numerusform>Hay %n archivo de vídeo; %1 es el que hay que subir.</numerusform>
            <numerusform>Hay %n archivos de vídeo; %1 es el que hay que subir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The video %1 is a link that leads nowhere or loops.</source>
        <translation>El vídeo %1 es un enlace que no lleva a ninguna parte o que forma un bucle.</translation>
    </message>
    <message>
        <source>There is no video file (.mp4, .mov or .webm).</source>
        <translation>No hay ningún archivo de vídeo (.mp4, .mov o .webm).</translation>
    </message>
    <message>
        <source>There is no caption (caption.txt or a caption field in the metadata).</source>
        <translation>No hay descripción (caption.txt o un campo «caption» en los metadatos).</translation>
    </message>
    <message>
        <source>The caption has %1 characters; TikTok allows at most %2.</source>
        <translation>La descripción tiene %1 caracteres; TikTok permite como máximo %2.</translation>
    </message>
    <message>
        <source>The folder has more than %1 entries; only the first were looked at.</source>
        <translation>La carpeta tiene más de %1 entradas; solo se han mirado las primeras.</translation>
    </message>
    <message>
        <source>The video %1 links outside the exports folder.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>El vídeo %1 enlaza fuera de la carpeta de exportación.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PackUploader</name>
    <message>
        <source>SKYBEAM is not connected to a TikTok account yet. Sign in with TikTok first.</source>
        <translation>SKYBEAM aún no está conectado con ninguna cuenta de TikTok. Inicia sesión con TikTok primero.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
</context>
<context>
    <name>Skybeam::PastedAddressPanel</name>
    <message>
        <source>Signing in on another computer? Paste the address its browser ended on</source>
        <translation>¿Inicia sesión en otro ordenador? Pegue la dirección en la que terminó su navegador</translation>
    </message>
    <message>
        <source>Copy TikTok&apos;s address, open it in the browser there and click Authorize. The page it then goes to does not load on that computer: copy the whole address from its address bar and paste it here.</source>
        <translation>Copie la dirección de TikTok, ábrala en el navegador de allí y haga clic en Autorizar. La página a la que va después no carga en ese ordenador: copie la dirección completa de su barra de direcciones y péguela aquí.</translation>
    </message>
    <message>
        <source>Copy the TikTok &amp;address</source>
        <translation>C&amp;opiar la dirección de TikTok</translation>
    </message>
    <message>
        <source>Copy TikTok&apos;s sign-in address, to open it on another computer</source>
        <translation>Copiar la dirección de inicio de sesión de TikTok para abrirla en otro ordenador</translation>
    </message>
    <message>
        <source>Address the other browser ended on</source>
        <translation>Dirección en la que terminó el otro navegador</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Dirección pe&amp;gada:</translation>
    </message>
    <message>
        <source>Use t&amp;his address</source>
        <translation>Usar es&amp;ta dirección</translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation>Terminar el inicio de sesión con la dirección pegada</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Skybeam::PendingShareLedger</name>
    <message>
        <source>The record of uploads waiting in the TikTok inbox (%1) cannot be saved: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>No se puede guardar el registro de subidas que esperan en la bandeja de entrada de TikTok (%1): %2</translation>
    </message>
    <message>
        <source>%1 of the 5 uploads TikTok lets wait in an inbox in 24 hours were sent from here.</source>
        <extracomment>%1 is a count up to 5.</extracomment>
        <translation>%1 de las 5 subidas que TikTok deja esperar en una bandeja de entrada en 24 horas se enviaron desde aquí.</translation>
    </message>
    <message>
        <source>All 5 uploads TikTok lets wait in an inbox in 24 hours were sent from here; the next slot opens at %1.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Las 5 subidas que TikTok deja esperar en una bandeja de entrada en 24 horas se enviaron desde aquí; el siguiente hueco se libera el %1.</translation>
    </message>
    <message>
        <source>TikTok lets at most 5 uploads wait in an account&apos;s inbox in 24 hours, and 5 were sent from here. Nothing was sent. The next slot opens at %1; finishing or deleting drafts in the TikTok app does not free one sooner here. A direct post is not limited this way.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>TikTok deja esperar como máximo 5 subidas en la bandeja de entrada de una cuenta en 24 horas, y se enviaron 5 desde aquí. No se envió nada. El siguiente hueco se libera el %1; terminar o borrar borradores en la app de TikTok no libera uno antes aquí. Una publicación directa no tiene este límite.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PortalGuidePage</name>
    <message>
        <source>Create your TikTok app</source>
        <translation>Crea tu app de TikTok</translation>
    </message>
    <message>
        <source>Do these four steps in the TikTok developer portal, then tick them off. Already have an app? Go straight to Next.</source>
        <translation>Haz estos cuatro pasos en el portal para desarrolladores de TikTok y márcalos. ¿Ya tienes una app? Pasa directamente a «Siguiente».</translation>
    </message>
    <message>
        <source>Create a TikTok developer account</source>
        <translation>Crea una cuenta de desarrollador de TikTok</translation>
    </message>
    <message>
        <source>Open the developer portal, click Log in and sign in with your TikTok account. Accept the Developer Terms of Service and complete your developer profile.</source>
        <translation>Abre el portal para desarrolladores, haz clic en «Log in» e inicia sesión con tu cuenta de TikTok. Acepta los «Developer Terms of Service» y completa tu perfil de desarrollador.</translation>
    </message>
    <message>
        <source>Open the developer &amp;portal</source>
        <translation>Abrir el &amp;portal para desarrolladores</translation>
    </message>
    <message>
        <source>Open the TikTok developer portal in your browser</source>
        <translation>Abrir el portal para desarrolladores de TikTok en el navegador</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Create an app</source>
        <translation>Crea una app</translation>
    </message>
    <message>
        <source>Go to Manage apps and click Create app. Enter these values exactly, upload a 100×100 PNG as the app icon, then click Create.</source>
        <translation>Ve a «Manage apps» y haz clic en «Create app». Introduce exactamente estos valores, sube una imagen PNG de 100×100 como icono de la app y haz clic en «Create».</translation>
    </message>
    <message>
        <source>Open &amp;Manage apps</source>
        <translation>Abrir «&amp;Manage apps»</translation>
    </message>
    <message>
        <source>Open Manage apps in your browser</source>
        <translation>Abrir «Manage apps» en el navegador</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nombre de la app</translation>
    </message>
    <message>
        <source>App description</source>
        <translation>Descripción de la app</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Add the products</source>
        <translation>Añade los productos</translation>
    </message>
    <message>
        <source>In your app&apos;s settings, open Add products. Enable Login Kit with this redirect URI and scope. Then enable the Content Posting API and click Apply: it needs TikTok&apos;s approval before the publisher can post (until then, use Handoff mode).</source>
        <translation>En los ajustes de tu app, abre «Add products». Activa Login Kit con esta Redirect URI y este scope. Después activa la Content Posting API y haz clic en «Apply»: TikTok tiene que aprobarla antes de que el publicador pueda publicar (hasta entonces, usa el modo de entrega).</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <source>Login Kit scope</source>
        <translation>Scope de Login Kit</translation>
    </message>
    <message>
        <source>Scopes to request</source>
        <translation>Scopes que hay que solicitar</translation>
    </message>
    <message>
        <source>Find your client key and secret</source>
        <translation>Busca tu clave y tu secreto de cliente</translation>
    </message>
    <message>
        <source>Open your app&apos;s Overview page. Under Keys and Credentials you find the Client Key and the Client Secret: you paste them on the next page. Copy the Client Key, not the numeric App ID.</source>
        <translation>Abre la página «Overview» de tu app. En «Keys and Credentials» encontrarás el «Client Key» y el «Client Secret»: los pegarás en la página siguiente. Copia el «Client Key», no el «App ID» numérico.</translation>
    </message>
    <message>
        <source>Sandbox or production? New apps start in sandbox: videos are visible only to you, and TikTok allows about 20 API calls a day, which is enough to test the publisher. To post publicly, click Submit for review and provide a demo video, a privacy policy URL and a terms of service URL. TikTok&apos;s review can take 1–2 weeks; until the app is approved, it can only post privately.</source>
        <translation>¿Sandbox o producción? Las apps nuevas empiezan en sandbox (entorno de pruebas): los vídeos solo los ves tú y TikTok permite unas 20 llamadas a la API al día, suficientes para probar el publicador. Para publicar en abierto, haz clic en «Submit for review» y aporta un vídeo de demostración, la dirección de una política de privacidad y la de unas condiciones de uso. La revisión de TikTok puede tardar 1–2 semanas; hasta que la app esté aprobada, solo puede publicar en privado.</translation>
    </message>
    <message>
        <source>Step &amp;%1: %2</source>
        <extracomment>%1 is the step number (1-4), %2 its title</extracomment>
        <translation>Paso &amp;%1: %2</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <translation>Paso %1 hecho: %2</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostRules</name>
    <message>
        <source>This is a sandbox app: what it posts is private (&quot;Only me&quot;) and visible only to you. Posting publicly needs a production app that has passed TikTok&apos;s review.</source>
        <translation>Es una app de sandbox: lo que publica es privado («Solo yo») y solo lo ves tú. Para publicar en abierto hace falta una app de producción que haya superado la revisión de TikTok.</translation>
    </message>
    <message>
        <source>The app has not passed TikTok&apos;s review yet, so its posts are private (&quot;Only me&quot;) and the account must be private. Submit the app for review in the Developer Portal to post publicly.</source>
        <translation>La app aún no ha superado la revisión de TikTok, así que sus publicaciones son privadas («Solo yo») y la cuenta debe ser privada. Envía la app a revisión en el portal para desarrolladores para publicar en abierto.</translation>
    </message>
    <message>
        <source>A direct post needs TikTok&apos;s answer about this account (creator info), which needs the video.publish permission. Sign in again and allow every permission, or send the video to the inbox instead.</source>
        <translation>Una publicación directa necesita la respuesta de TikTok sobre esta cuenta («creator info»), que requiere el permiso video.publish. Vuelve a iniciar sesión y permite todos los permisos, o envía el vídeo a la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Choose who can see the post: TikTok requires an explicit choice.</source>
        <translation>Elige quién puede ver la publicación: TikTok exige que lo elijas expresamente.</translation>
    </message>
    <message>
        <source>This account does not offer &quot;%1&quot;. Choose one of: %2.</source>
        <extracomment>%1 is the chosen privacy level, %2 the list of levels the account offers.</extracomment>
        <translation>Esta cuenta no ofrece «%1». Elige una de estas opciones: %2.</translation>
    </message>
    <message>
        <source>(none: the account cannot post now)</source>
        <translation>(ninguna: la cuenta no puede publicar ahora)</translation>
    </message>
    <message>
        <source>The caption has %1 characters; TikTok allows at most %2. Shorten it before posting.</source>
        <extracomment>%1 is the caption&apos;s length, %2 the limit (2,200).</extracomment>
        <translation>La descripción tiene %1 caracteres; TikTok permite como máximo %2. Acórtala antes de publicar.</translation>
    </message>
    <message>
        <source>The video is %1; TikTok accepts videos of up to 4 GB.</source>
        <extracomment>%1 is the video&apos;s size.</extracomment>
        <translation>El vídeo ocupa %1; TikTok acepta vídeos de hasta 4 GB.</translation>
    </message>
    <message>
        <source>The video lasts %1 seconds; this account may post videos of up to %2 seconds.</source>
        <extracomment>%1 and %2 are numbers of seconds.</extracomment>
        <translation>El vídeo dura %1 segundos; esta cuenta puede publicar vídeos de hasta %2 segundos.</translation>
    </message>
    <message>
        <source>The video is %1 × %2 pixels; TikTok accepts 360 to 4096 pixels per side.</source>
        <extracomment>%1 x %2 is the video&apos;s size in pixels.</extracomment>
        <translation>El vídeo mide %1 × %2 píxeles; TikTok acepta de 360 a 4096 píxeles por lado.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostedStateStore</name>
    <message>
        <source>The list of posted packs (%1) cannot be read: %2</source>
        <translation>No se puede leer la lista de paquetes publicados (%1): %2</translation>
    </message>
    <message>
        <source>The list of posted packs (%1) is too large to be genuine and was not read.</source>
        <translation>La lista de paquetes publicados (%1) es demasiado grande para ser auténtica y no se ha leído.</translation>
    </message>
    <message>
        <source>The list of posted packs (%1) is damaged; packs are shown as not posted.</source>
        <translation>La lista de paquetes publicados (%1) está dañada; los paquetes se muestran como no publicados.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The list of posted packs (%1) cannot be saved: %2</source>
        <translation>No se puede guardar la lista de paquetes publicados (%1): %2</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingErrors</name>
    <message>
        <source>TikTok held the post back because of its caption. Change the caption and try again.</source>
        <translation>TikTok ha retenido la publicación por su descripción. Cambia la descripción y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>TikTok held the post back as a possible spam risk. Wait a while before posting again.</source>
        <translation>TikTok ha retenido la publicación por un posible riesgo de spam. Espera un rato antes de volver a publicar.</translation>
    </message>
    <message>
        <source>TikTok did not accept the video&apos;s file size (at most 4 GB).</source>
        <translation>TikTok no ha aceptado el tamaño del archivo de vídeo (como máximo 4 GB).</translation>
    </message>
    <message>
        <source>TikTok could not fetch the video. Send it again.</source>
        <translation>TikTok no ha podido obtener el vídeo. Vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>The post was cancelled on TikTok&apos;s side.</source>
        <translation>La publicación se ha cancelado por parte de TikTok.</translation>
    </message>
    <message>
        <source>The account withdrew SKYBEAM&apos;s access while TikTok was processing the video. Sign in with TikTok again, then send the video again.</source>
        <translation>La cuenta ha retirado el acceso a SKYBEAM mientras TikTok procesaba el vídeo. Vuelve a iniciar sesión con TikTok y envía el vídeo otra vez.</translation>
    </message>
    <message>
        <source>TikTok had an internal problem processing the video. Wait a few minutes and send it again.</source>
        <translation>TikTok ha tenido un problema interno al procesar el vídeo. Espera unos minutos y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>TikTok could not process the video and gave no reason. Send it again; if it keeps failing, check the video in the TikTok app.</source>
        <translation>TikTok no ha podido procesar el vídeo y no ha dado ningún motivo. Vuelve a enviarlo; si sigue fallando, revisa el vídeo en la app de TikTok.</translation>
    </message>
    <message>
        <source>TikTok could not process the video (%1).</source>
        <extracomment>%1 is TikTok&apos;s reason code.</extracomment>
        <translation>TikTok no ha podido procesar el vídeo (%1).</translation>
    </message>
    <message>
        <source>TikTok refused part %1 of %2 of the video (HTTP status %3).</source>
        <extracomment>%1 and %2 are part numbers (&quot;part 2 of 5&quot;), %3 an HTTP status number.</extracomment>
        <translation>TikTok ha rechazado la parte %1 de %2 del vídeo (estado HTTP %3).</translation>
    </message>
    <message>
        <source>Send the pack again; if it keeps failing, report it with the log ID.</source>
        <translation>Vuelve a enviar el paquete; si sigue fallando, notifícalo con el ID de registro.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts this upload (HTTP status %1): its upload link expired or was withdrawn. Send the pack again.</source>
        <extracomment>%1 is an HTTP status number.</extracomment>
        <translation>TikTok ya no acepta esta subida (estado HTTP %1): su enlace de subida ha caducado o se ha retirado. Vuelve a enviar el paquete.</translation>
    </message>
    <message>
        <source>The upload link TikTok gave is valid for about an hour and has expired, so the upload cannot resume. Send the pack again.</source>
        <translation>El enlace de subida que dio TikTok vale alrededor de una hora y ha caducado, así que la subida no se puede reanudar. Vuelve a enviar el paquete.</translation>
    </message>
    <message>
        <source>The connection to TikTok kept dropping while sending part %1 of %2 (%3 attempts). Check the internet connection and send the pack again.</source>
        <extracomment>%1 and %2 are part numbers, %3 a number of attempts.</extracomment>
        <translation>La conexión con TikTok se cortaba una y otra vez al enviar la parte %1 de %2 (%3 intentos). Comprueba la conexión a internet y vuelve a enviar el paquete.</translation>
    </message>
    <message>
        <source>TikTok received the last part but did not confirm the whole video (HTTP status %1). Send the pack again.</source>
        <extracomment>%1 is an HTTP status number.</extracomment>
        <translation>TikTok ha recibido la última parte, pero no ha confirmado el vídeo completo (estado HTTP %1). Vuelve a enviar el paquete.</translation>
    </message>
    <message>
        <source>The video %1 cannot be read: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>No se puede leer el vídeo %1: %2</translation>
    </message>
    <message>
        <source>The video %1 changed while it was being sent. Wait until the publisher has finished writing it, then send the pack again.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>El vídeo %1 ha cambiado mientras se enviaba. Espera a que el publicador termine de escribirlo y vuelve a enviar el paquete.</translation>
    </message>
    <message>
        <source>The upload was cancelled. Nothing was posted and the pack is not marked as posted.</source>
        <translation>Se ha cancelado la subida. No se ha publicado nada y el paquete no está marcado como publicado.</translation>
    </message>
    <message>
        <source>TikTok has the video but had not finished processing it when SKYBEAM stopped checking. It should appear in the TikTok app&apos;s inbox soon; the pack is not marked as posted until you mark it.</source>
        <translation>TikTok tiene el vídeo, pero aún no había terminado de procesarlo cuando SKYBEAM dejó de comprobarlo. Debería aparecer pronto en la bandeja de entrada de la app de TikTok; el paquete no queda marcado como publicado hasta que lo marques tú.</translation>
    </message>
    <message>
        <source>TikTok has the video but had not finished publishing it when SKYBEAM stopped checking. Look for it on the profile in the TikTok app; the pack is not marked as posted until you mark it.</source>
        <translation>TikTok tiene el vídeo, pero aún no había terminado de publicarlo cuando SKYBEAM dejó de comprobarlo. Búscalo en el perfil de la app de TikTok; el paquete no queda marcado como publicado hasta que lo marques tú.</translation>
    </message>
    <message>
        <source>Stopped waiting for TikTok. The video was uploaded and may still reach the inbox; the pack is not marked as posted.</source>
        <translation>Se ha dejado de esperar a TikTok. El vídeo se ha subido y puede que aún llegue a la bandeja de entrada; el paquete no está marcado como publicado.</translation>
    </message>
    <message>
        <source>Stopped waiting for TikTok. The video was uploaded and may still be published; the pack is not marked as posted.</source>
        <translation>Se ha dejado de esperar a TikTok. El vídeo se ha subido y puede que aún se publique; el paquete no está marcado como publicado.</translation>
    </message>
    <message>
        <source>The stored sign-in does not include the %1 permission this needs (&quot;Application not approved for Content Posting API&quot; when the app lacks it). Sign in with TikTok again and allow every permission; check the app&apos;s Content Posting API access in the Developer Portal.</source>
        <extracomment>%1 is a TikTok permission name such as video.upload.</extracomment>
        <translation>El inicio de sesión guardado no incluye el permiso %1 que esto necesita («Application not approved for Content Posting API» cuando la app no lo tiene). Vuelve a iniciar sesión con TikTok y permite todos los permisos; comprueba el acceso de la app a la Content Posting API en el portal para desarrolladores.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingHistory</name>
    <message>
        <source>The record of packs sent to TikTok (%1) cannot be saved: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>No se puede guardar el registro de paquetes enviados a TikTok (%1): %2</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingPreparation</name>
    <message>
        <source>SKYBEAM is not connected to a TikTok account yet. Run the setup wizard (or &apos;skybeam-setup authorize&apos;) and sign in with TikTok first.</source>
        <translation>SKYBEAM aún no está conectado con ninguna cuenta de TikTok. Ejecuta el asistente de configuración (o «skybeam-setup authorize») e inicia sesión con TikTok primero.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingSession</name>
    <message>
        <source>This pack is being sent to TikTok right now by another SKYBEAM Setup (process %1). Nothing was sent; wait for it to finish.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Otro SKYBEAM Setup (proceso %1) está enviando este paquete a TikTok en este momento. No se envió nada; espere a que termine.</translation>
    </message>
    <message>
        <source>This pack is being sent to TikTok right now by another SKYBEAM Setup. Nothing was sent; wait for it to finish.</source>
        <translation>Otro SKYBEAM Setup está enviando este paquete a TikTok en este momento. No se envió nada; espere a que termine.</translation>
    </message>
    <message>
        <source>The pack&apos;s send lock cannot be taken (%1); nothing was sent.</source>
        <extracomment>%1 is the system&apos;s reason.</extracomment>
        <translation>No se puede tomar el bloqueo de envío del paquete (%1); no se envió nada.</translation>
    </message>
    <message>
        <source>Warning: the pack&apos;s video changed since it was last sent (an unfinished send of the earlier video may still be posted by TikTok); this is a new post.</source>
        <translation>Advertencia: el vídeo del paquete cambió desde el último envío (TikTok aún puede publicar un envío sin terminar del vídeo anterior); esta es una publicación nueva.</translation>
    </message>
    <message>
        <source>TikTok already has this pack&apos;s whole video (publish_id %1): asking for its status, not sending it again.</source>
        <translation>TikTok ya tiene el vídeo completo de este paquete (publish_id %1): se consulta su estado, no se vuelve a enviar.</translation>
    </message>
    <message>
        <source>Continuing the interrupted send of this pack.</source>
        <translation>Se continúa el envío interrumpido de este paquete.</translation>
    </message>
    <message>
        <source>Warning: TikTok already has this pack&apos;s whole video from an earlier send, and will post it; --again sends it once more.</source>
        <translation>Advertencia: TikTok ya tiene el vídeo completo de este paquete de un envío anterior y lo publicará; --again lo envía una vez más.</translation>
    </message>
    <message>
        <source>Nothing was sent. Run again with --ignore-budget to send anyway.</source>
        <translation>No se ha enviado nada. Vuelve a ejecutarlo con --ignore-budget para enviarlo de todos modos.</translation>
    </message>
    <message>
        <source>The access token had expired and was renewed.</source>
        <translation>El token de acceso había caducado y se ha renovado.</translation>
    </message>
    <message>
        <source>TikTok account: %1</source>
        <extracomment>%1 is the TikTok account&apos;s nickname.</extracomment>
        <translation>Cuenta de TikTok: %1</translation>
    </message>
    <message>
        <source>The interrupted upload %1 can no longer be continued; TikTok never posts an incomplete upload. Starting a new one.</source>
        <extracomment>%1 is TikTok&apos;s publish_id.</extracomment>
        <translation>La subida interrumpida %1 ya no se puede continuar; TikTok nunca publica una subida incompleta. Se inicia una nueva.</translation>
    </message>
    <message>
        <source>The access token expired while waiting for TikTok; renewing it.</source>
        <translation>El token de acceso caducó mientras se esperaba a TikTok; se está renovando.</translation>
    </message>
    <message>
        <source>The access token was renewed; asking TikTok about the same upload again.</source>
        <translation>Se renovó el token de acceso; se vuelve a preguntar a TikTok por la misma subida.</translation>
    </message>
    <message>
        <source>There is no interrupted send of this pack to continue (or its video changed since); nothing was sent.</source>
        <translation>No hay ningún envío interrumpido de este paquete que continuar (o su vídeo ha cambiado desde entonces); no se envió nada.</translation>
    </message>
    <message>
        <source>Whether this pack reached TikTok before the publish journal was damaged is not known; sending it anyway, as asked.</source>
        <translation>No se sabe si este paquete llegó a TikTok antes de que se dañara el diario de publicación; se envía de todos modos, como se pidió.</translation>
    </message>
    <message>
        <source>The publish journal was damaged; it is kept as %1 and a new one is started. Sending anyway, as asked.</source>
        <extracomment>%1 is the path the damaged journal was moved to.</extracomment>
        <translation>El diario de publicación estaba dañado; se guarda como %1 y se empieza uno nuevo. Se envía de todos modos, como se pidió.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PostingSessionResult</name>
    <message>
        <source>Already published on TikTok on %1 (direct post, publish_id %2); nothing was sent. To post it again, use --again.</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>Ya publicado en TikTok el %1 (publicación directa, publish_id %2); no se envió nada. Para publicarlo otra vez, use --again.</translation>
    </message>
    <message>
        <source>Already sent to the TikTok inbox on %1 (publish_id %2); nothing was sent. To send it again, use --again.</source>
        <extracomment>%1 is a date and time, %2 TikTok&apos;s publish_id.</extracomment>
        <translation>Ya enviado a la bandeja de entrada de TikTok el %1 (publish_id %2); no se envió nada. Para enviarlo otra vez, use --again.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PublishJournal</name>
    <message>
        <source>The video %1 cannot be read: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>No se puede leer el vídeo %1: %2</translation>
    </message>
    <message>
        <source>The publish journal %1 cannot be read (%2), so SKYBEAM cannot tell what was already sent to TikTok. Nothing was sent.</source>
        <extracomment>%1 is the journal&apos;s path, %2 the system&apos;s reason.</extracomment>
        <translation>No se puede leer el diario de publicación %1 (%2), así que SKYBEAM no puede saber qué se envió ya a TikTok. No se envió nada.</translation>
    </message>
    <message>
        <source>The publish journal %1 cannot be saved (%2). Nothing more is sent without it.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>No se puede guardar el diario de publicación %1 (%2). Sin él no se envía nada más.</translation>
    </message>
    <message>
        <source>The publish journal %1 is damaged, so SKYBEAM cannot tell what was already sent to TikTok. Nothing was sent.</source>
        <extracomment>%1 is the journal&apos;s path.</extracomment>
        <translation>El diario de publicación %1 está dañado, así que SKYBEAM no puede saber qué se envió ya a TikTok. No se envió nada.</translation>
    </message>
    <message>
        <source>The damaged publish journal %1 cannot be moved aside. Nothing was sent.</source>
        <extracomment>%1 is the journal&apos;s path.</extracomment>
        <translation>El diario de publicación dañado %1 no se puede apartar. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>Skybeam::PublishStatus</name>
    <message>
        <source>TikTok is processing the upload…</source>
        <translation>TikTok está procesando la subida…</translation>
    </message>
    <message>
        <source>TikTok is processing the video…</source>
        <translation>TikTok está procesando el vídeo…</translation>
    </message>
    <message>
        <source>In the account&apos;s TikTok inbox, ready to finish in the TikTok app.</source>
        <translation>En la bandeja de entrada de TikTok de la cuenta, listo para terminarlo en la app de TikTok.</translation>
    </message>
    <message>
        <source>Published on TikTok.</source>
        <translation>Publicado en TikTok.</translation>
    </message>
    <message>
        <source>TikTok could not post the video.</source>
        <translation>TikTok no ha podido publicar el vídeo.</translation>
    </message>
    <message>
        <source>Waiting for TikTok…</source>
        <translation>Esperando a TikTok…</translation>
    </message>
</context>
<context>
    <name>Skybeam::RedirectUri</name>
    <message>
        <source>The redirect URI is empty. Use the one registered for your app, for example %1.</source>
        <translation>La Redirect URI está vacía. Usa la registrada para tu app, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The redirect URI has spaces before or after it. Remove them: it must match the registered one character for character.</source>
        <translation>La Redirect URI tiene espacios delante o detrás. Quítalos: debe coincidir carácter por carácter con la registrada.</translation>
    </message>
    <message>
        <source>The redirect URI is too long: TikTok allows fewer than %1 characters.</source>
        <translation>La Redirect URI es demasiado larga: TikTok permite menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>The redirect URI %1 is not an absolute address such as %2.</source>
        <translation>La Redirect URI %1 no es una dirección completa como %2.</translation>
    </message>
    <message>
        <source>The redirect URI %1 uses https. SKYBEAM Setup receives TikTok&apos;s answer on this computer over plain http: register and use an address such as %2.</source>
        <translation>La Redirect URI %1 usa https. SKYBEAM Setup recibe la respuesta de TikTok en este ordenador por http sin cifrar: registra y usa una dirección como %2.</translation>
    </message>
    <message>
        <source>The redirect URI %1 must start with http://.</source>
        <translation>La Redirect URI %1 debe empezar por http://.</translation>
    </message>
    <message>
        <source>The redirect URI %1 must not contain a query (?) or a fragment (#).</source>
        <translation>La Redirect URI %1 no debe contener una consulta (?) ni un fragmento (#).</translation>
    </message>
    <message>
        <source>The redirect URI %1 must point at this computer: its host must be localhost or 127.0.0.1.</source>
        <translation>La Redirect URI %1 debe apuntar a este ordenador: su host debe ser localhost o 127.0.0.1.</translation>
    </message>
    <message>
        <source>The redirect URI %1 has no port. Add the registered one, for example %2, or use a wildcard port registration such as http://127.0.0.1:*/callback/.</source>
        <translation>La Redirect URI %1 no tiene puerto. Añade el registrado, por ejemplo %2, o usa un registro con puerto comodín (wildcard) como http://127.0.0.1:*/callback/.</translation>
    </message>
    <message>
        <source>The redirect URI %1 has an invalid port.</source>
        <translation>La Redirect URI %1 tiene un puerto no válido.</translation>
    </message>
    <message>
        <source>The redirect URI %1 has characters that are not allowed in a path.</source>
        <translation>La Redirect URI %1 tiene caracteres que no se permiten en una ruta.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ReminderPlanner</name>
    <message>
        <source>Time to re-authorize TikTok soon</source>
        <translation>Pronto toca volver a autorizar TikTok</translation>
    </message>
    <message>
        <source>Re-authorize TikTok now</source>
        <translation>Vuelve a autorizar TikTok ahora</translation>
    </message>
    <message>
        <source>Re-authorize now</source>
        <translation>Volver a autorizar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message numerus="yes">
        <source>%n new handoff pack(s) to post</source>
        <translation>
            <numerusform>%n paquete de entrega nuevo para publicar</numerusform>
            <numerusform>%n paquetes de entrega nuevos para publicar</numerusform>
        </translation>
    </message>
    <message>
        <source>The publisher prepared posts for you to upload by hand (Handoff mode).</source>
        <translation>El publicador ha preparado publicaciones para que las subas a mano (modo de entrega).</translation>
    </message>
    <message>
        <source>Browse packs</source>
        <translation>Ver paquetes</translation>
    </message>
</context>
<context>
    <name>Skybeam::ReminderSchedule</name>
    <message>
        <source>Reminders are off: nothing tells you when it is time to re-authorize.</source>
        <translation>Los recordatorios están desactivados: nada te avisa cuando toca volver a autorizar.</translation>
    </message>
    <message>
        <source>Reminders are on: a daily check (systemd user timer) tells you when it is time to re-authorize.</source>
        <translation>Los recordatorios están activados: una comprobación diaria (temporizador de usuario de systemd) te avisa cuando toca volver a autorizar.</translation>
    </message>
    <message>
        <source>Reminders are on: a check at login tells you when it is time to re-authorize.</source>
        <translation>Los recordatorios están activados: una comprobación al iniciar sesión te avisa cuando toca volver a autorizar.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
</context>
<context>
    <name>Skybeam::RoxyPaths</name>
    <message>
        <source>%1 is a symbolic link (to %2). For safety, SKYBEAM files are not written through a link that was not chosen: remove the link, or name the folder deliberately with --roxy-home or ROXY_HOME.</source>
        <extracomment>%1 is a folder such as ~/.roxy, %2 where the link points.</extracomment>
        <translation>%1 es un enlace simbólico (a %2). Por seguridad, los archivos de SKYBEAM no se escriben a través de un enlace que no se haya elegido: elimine el enlace o indique la carpeta expresamente con --roxy-home o ROXY_HOME.</translation>
    </message>
</context>
<context>
    <name>Skybeam::SandboxBudget</name>
    <message>
        <source>The count of today&apos;s sandbox API calls (%1) cannot be saved.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>No se puede guardar el recuento de llamadas a la API de sandbox de hoy (%1).</translation>
    </message>
    <message>
        <source>Sandbox app: %1 of the %2 API calls a day used so far; this uses up to %3.</source>
        <extracomment>%1 calls used of %2 (20) a day; %3 calls this step may use.</extracomment>
        <translation>App de sandbox: usadas hasta ahora %1 de las %2 llamadas a la API diarias; esto usa hasta %3.</translation>
    </message>
    <message>
        <source>Sandbox apps get about %3 API calls a day, and only %1 are left today; this may use up to %2. TikTok may refuse the rest with &quot;Rate limit exceeded&quot; until tomorrow (UTC).</source>
        <extracomment>%1 is the number of calls left today, %2 the number this step may use, %3 the daily budget (20).</extracomment>
        <translation>Las apps de sandbox tienen unas %3 llamadas a la API al día y hoy solo quedan %1; esto puede usar hasta %2. TikTok puede rechazar el resto con «Rate limit exceeded» hasta mañana (UTC).</translation>
    </message>
</context>
<context>
    <name>Skybeam::SavingPage</name>
    <message>
        <source>Saving your TikTok access</source>
        <translation>Guardando tu acceso a TikTok</translation>
    </message>
    <message>
        <source>The credentials are saved where the SKYBEAM publisher reads them.</source>
        <translation>Las credenciales se guardan donde las lee el publicador de SKYBEAM.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>&amp;Re-authorize</source>
        <translation>&amp;Volver a autorizar</translation>
    </message>
    <message>
        <source>Re-authorize: sign in with TikTok again</source>
        <translation>Volver a autorizar: iniciar sesión de nuevo con TikTok</translation>
    </message>
    <message>
        <source>TikTok approved access</source>
        <translation>TikTok ha concedido el acceso</translation>
    </message>
    <message>
        <source>TikTok approved access for %1</source>
        <translation>TikTok ha concedido el acceso a %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>Not everything was allowed</source>
        <translation>No se ha permitido todo</translation>
    </message>
    <message>
        <source>Not allowed: %1. The app may not be approved for these yet, or they were unticked in the browser; the publisher may not be able to post. Re-authorize to try again.</source>
        <translation>No permitido: %1. Puede que la app aún no esté aprobada para esto o que se desmarcara en el navegador; es posible que el publicador no pueda publicar. Vuelve a autorizar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>This is a different TikTok account than before</source>
        <translation>Es una cuenta de TikTok distinta de la anterior</translation>
    </message>
    <message>
        <source>The publisher will post to the account you just signed in with. If that is not the right one, sign out of TikTok in your browser and re-authorize.</source>
        <translation>El publicador publicará en la cuenta con la que acabas de iniciar sesión. Si no es la correcta, cierra la sesión de TikTok en el navegador y vuelve a autorizar.</translation>
    </message>
    <message>
        <source>Saving the credential file…</source>
        <translation>Guardando el archivo de credenciales…</translation>
    </message>
    <message>
        <source>Storing the secret in the system keychain…</source>
        <translation>Guardando el secreto en el llavero del sistema…</translation>
    </message>
    <message>
        <source>The credential file could not be saved</source>
        <translation>No se ha podido guardar el archivo de credenciales</translation>
    </message>
    <message>
        <source>Renewing your TikTok access</source>
        <translation>Renovando tu acceso a TikTok</translation>
    </message>
    <message>
        <source>Renewing access with the saved refresh token…</source>
        <translation>Renovando el acceso con el token de actualización guardado…</translation>
    </message>
    <message>
        <source>Access could not be renewed</source>
        <translation>No se ha podido renovar el acceso</translation>
    </message>
    <message>
        <source>Renewing is no longer possible: sign in with TikTok again (Re-authorize). Your saved app keys are used.</source>
        <translation>Ya no se puede renovar: vuelve a iniciar sesión con TikTok («Volver a autorizar»). Se usarán las claves guardadas de tu app.</translation>
    </message>
    <message>
        <source>Got a new access token</source>
        <translation>Se ha obtenido un token de acceso nuevo</translation>
    </message>
    <message>
        <source>Valid until %1. The publisher renews it by itself after that.</source>
        <translation>Válido hasta el %1. Después, el publicador lo renueva por sí solo.</translation>
    </message>
    <message>
        <source>Saved the credential file</source>
        <translation>Archivo de credenciales guardado</translation>
    </message>
    <message>
        <source>%1 — only you can read it. The publisher uses it from now on.</source>
        <translation>%1: solo tú puedes leerlo. El publicador lo usará a partir de ahora.</translation>
    </message>
    <message>
        <source>Secret stored in the system keychain</source>
        <translation>Secreto guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>The client secret and refresh token are also kept in the system keychain, so re-authorizing needs no typing.</source>
        <translation>El secreto de cliente y el token de actualización también se guardan en el llavero del sistema, así que para volver a autorizar no tendrás que escribir nada.</translation>
    </message>
    <message>
        <source>Secret not stored in the system keychain</source>
        <translation>El secreto no se ha guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>%1 The credential file was written all the same, so the publisher works.</source>
        <translation>%1 El archivo de credenciales se ha escrito de todos modos, así que el publicador funciona.</translation>
    </message>
    <message>
        <source>Check the account: the publisher will post to %1</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Compruebe la cuenta: el publicador publicará en %1</translation>
    </message>
    <message>
        <source>This is the first TikTok account connected here. If %1 is not your account, sign out of TikTok in your browser and re-authorize.</source>
        <translation>Es la primera cuenta de TikTok conectada aquí. Si %1 no es su cuenta, cierre la sesión de TikTok en el navegador y vuelva a autorizar.</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Diagnose: check everything the TikTok connection depends on</source>
        <translation>Diagnosticar: comprobar todo aquello de lo que depende la conexión con TikTok</translation>
    </message>
</context>
<context>
    <name>Skybeam::SendToTikTokDialog</name>
    <message>
        <source>Send to TikTok - %1</source>
        <extracomment>%1 is the pack&apos;s headline.</extracomment>
        <translation>Enviar a TikTok - %1</translation>
    </message>
    <message>
        <source>TikTok account</source>
        <translation>Cuenta de TikTok</translation>
    </message>
    <message>
        <source>Sandbox API calls</source>
        <translation>Llamadas a la API de sandbox</translation>
    </message>
    <message>
        <source>&amp;Ask TikTok anyway</source>
        <translation>Preguntar a TikTok de &amp;todos modos</translation>
    </message>
    <message>
        <source>Ask TikTok about the account anyway</source>
        <translation>Preguntar a TikTok por la cuenta de todos modos</translation>
    </message>
    <message>
        <source>Send to the TikTok &amp;inbox as a draft (you finish the post in the TikTok app)</source>
        <translation>Enviar a la &amp;bandeja de entrada de TikTok como borrador (terminas la publicación en la app de TikTok)</translation>
    </message>
    <message>
        <source>Send to the TikTok inbox as a draft</source>
        <translation>Enviar a la bandeja de entrada de TikTok como borrador</translation>
    </message>
    <message>
        <source>&amp;Post directly to the profile</source>
        <translation>&amp;Publicar directamente en el perfil</translation>
    </message>
    <message>
        <source>Post directly to the profile</source>
        <translation>Publicar directamente en el perfil</translation>
    </message>
    <message>
        <source>Who can see this post</source>
        <translation>Quién puede ver esta publicación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elige…</translation>
    </message>
    <message>
        <source>&amp;Who can see this post:</source>
        <translation>&amp;Quién puede ver esta publicación:</translation>
    </message>
    <message>
        <source>Allow &amp;comments</source>
        <translation>Permitir &amp;comentarios</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Permitir comentarios</translation>
    </message>
    <message>
        <source>Allow &amp;duets</source>
        <translation>Permitir &amp;dúos</translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation>Permitir dúos</translation>
    </message>
    <message>
        <source>Allow s&amp;titches</source>
        <translation>Permitir &amp;stitches</translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation>Permitir stitches</translation>
    </message>
    <message>
        <source>Posts will be private</source>
        <translation>Las publicaciones serán privadas</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>Longitud de la descripción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>Al publicar, aceptas la «Music Usage Confirmation» de TikTok.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>Estado de la subida</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send to TikTok</source>
        <translation>Enviar a TikTok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This pack cannot be sent: %1</source>
        <extracomment>%1 lists the pack&apos;s problems.</extracomment>
        <translation>No se puede enviar este paquete: %1</translation>
    </message>
    <message>
        <source>SKYBEAM has not asked TikTok about the account yet.</source>
        <translation>SKYBEAM aún no ha preguntado a TikTok por la cuenta.</translation>
    </message>
    <message>
        <source>Asking TikTok about the account…</source>
        <translation>Preguntando a TikTok por la cuenta…</translation>
    </message>
    <message>
        <source>TikTok account: not available.</source>
        <translation>Cuenta de TikTok: no disponible.</translation>
    </message>
    <message>
        <source>TikTok account: signed in (TikTok did not tell the name).</source>
        <translation>Cuenta de TikTok: sesión iniciada (TikTok no ha indicado el nombre).</translation>
    </message>
    <message>
        <source>TikTok account: %1</source>
        <translation>Cuenta de TikTok: %1</translation>
    </message>
    <message>
        <source>Choose where the video goes.</source>
        <translation>Elige adónde va el vídeo.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 is the caption&apos;s length, %2 TikTok&apos;s limit (2,200).</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Turned off in the account&apos;s TikTok settings.</source>
        <translation>Desactivado en los ajustes de TikTok de la cuenta.</translation>
    </message>
    <message>
        <source>An inbox draft carries no caption: copy it from here and paste it in the TikTok app when you finish the post.</source>
        <translation>Un borrador de la bandeja de entrada no lleva descripción: cópiala de aquí y pégala en la app de TikTok cuando termines la publicación.</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>&amp;Enviar de todos modos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Asking TikTok to start the upload…</source>
        <translation>Pidiendo a TikTok que empiece la subida…</translation>
    </message>
    <message>
        <source>Waiting for TikTok&apos;s rate limit (6 uploads a minute)…</source>
        <translation>Esperando a que lo permita el límite de peticiones de TikTok (6 subidas por minuto)…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>Uploaded. Waiting for TikTok to process the video…</source>
        <translation>Subido. Esperando a que TikTok procese el vídeo…</translation>
    </message>
    <message>
        <source>Part %1 of %2 · %3</source>
        <extracomment>%1 and %2 count the video&apos;s parts, %3 is the progress with speed and time left.</extracomment>
        <translation>Parte %1 de %2 · %3</translation>
    </message>
    <message>
        <source>The pack is marked as posted.</source>
        <translation>El paquete está marcado como publicado.</translation>
    </message>
    <message>
        <source>The pack could not be marked as posted (%1).</source>
        <extracomment>%1 explains why the mark could not be saved.</extracomment>
        <translation>No se ha podido marcar el paquete como publicado (%1).</translation>
    </message>
    <message>
        <source>Capti&amp;on</source>
        <translation>Descripció&amp;n</translation>
    </message>
    <message>
        <source>Send it a&amp;gain (another post on TikTok)</source>
        <translation>Enviarlo de nue&amp;vo (otra publicación en TikTok)</translation>
    </message>
    <message>
        <source>Send this pack to TikTok again</source>
        <translation>Enviar este paquete a TikTok de nuevo</translation>
    </message>
    <message>
        <source>Notes on the send</source>
        <translation>Notas sobre el envío</translation>
    </message>
    <message>
        <source>TikTok confirmed this pack on %1: it was published on the profile as a direct post (publish_id %2). Sending it again makes another post.</source>
        <translation>TikTok confirmó este paquete el %1: se publicó en el perfil como publicación directa (publish_id %2). Si lo envía de nuevo, se crea otra publicación.</translation>
    </message>
    <message>
        <source>TikTok confirmed this pack on %1: it was sent to the TikTok inbox as a draft (publish_id %2). Sending it again makes another draft.</source>
        <translation>TikTok confirmó este paquete el %1: se envió a la bandeja de entrada de TikTok como borrador (publish_id %2). Si lo envía de nuevo, se crea otro borrador.</translation>
    </message>
    <message>
        <source>TikTok already has this pack. To send it once more, tick &quot;Send it again&quot;.</source>
        <translation>TikTok ya tiene este paquete. Para enviarlo otra vez, marque «Enviarlo de nuevo».</translation>
    </message>
    <message>
        <source>Checking the publish journal and the account…</source>
        <translation>Comprobando el diario de publicación y la cuenta…</translation>
    </message>
    <message>
        <source>The access token expired; renewing it, then asking TikTok again…</source>
        <translation>El token de acceso caducó; se renueva y luego se vuelve a preguntar a TikTok…</translation>
    </message>
    <message>
        <source>Continuing the interrupted send of this pack…</source>
        <translation>Continuando el envío interrumpido de este paquete…</translation>
    </message>
    <message>
        <source>If TikTok does not have this pack yet (look in the TikTok app&apos;s inbox and on the profile), tick &quot;Send anyway&quot;.</source>
        <translation>Si TikTok aún no tiene este paquete (mire en la bandeja de entrada de la app de TikTok y en el perfil), marque «Enviar de todos modos».</translation>
    </message>
    <message>
        <source>Send a&amp;nyway (TikTok may already have this pack)</source>
        <translation>Enviar de todos &amp;modos (puede que TikTok ya tenga este paquete)</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupChecks</name>
    <message>
        <source>The credential file exists</source>
        <translation>El archivo de credenciales existe</translation>
    </message>
    <message>
        <source>There is no credential file</source>
        <translation>No hay archivo de credenciales</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>No se puede usar el archivo</translation>
    </message>
    <message>
        <source>Client key saved</source>
        <translation>Clave de cliente guardada</translation>
    </message>
    <message>
        <source>No client key</source>
        <translation>Sin clave de cliente</translation>
    </message>
    <message>
        <source>Client secret saved</source>
        <translation>Secreto de cliente guardado</translation>
    </message>
    <message>
        <source>No client secret</source>
        <translation>Sin secreto de cliente</translation>
    </message>
    <message>
        <source>Access token saved</source>
        <translation>Token de acceso guardado</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Sin token de acceso</translation>
    </message>
    <message>
        <source>Sign in with TikTok to get one.</source>
        <translation>Inicia sesión con TikTok para obtener uno.</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Permisos del archivo</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Renewal (refresh token)</source>
        <translation>Renovación (token de actualización)</translation>
    </message>
    <message>
        <source>Permission to upload videos</source>
        <translation>Permiso para subir vídeos</translation>
    </message>
    <message>
        <source>Authorized in the last 30 days</source>
        <translation>Autorizado en los últimos 30 días</translation>
    </message>
    <message>
        <source>Allowed scopes</source>
        <translation>Scopes permitidos</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay ninguno registrado.</translation>
    </message>
    <message>
        <source>Sandbox app</source>
        <translation>App de sandbox</translation>
    </message>
    <message>
        <source>Production app</source>
        <translation>App de producción</translation>
    </message>
    <message>
        <source>Posts are visible only to you, and TikTok allows about 20 API calls a day.</source>
        <translation>Las publicaciones solo las ves tú y TikTok permite unas 20 llamadas a la API al día.</translation>
    </message>
    <message>
        <source>Full API access once TikTok has approved the app.</source>
        <translation>Acceso completo a la API cuando TikTok haya aprobado la app.</translation>
    </message>
    <message>
        <source>Asking TikTok who you are…</source>
        <translation>Preguntando a TikTok quién eres…</translation>
    </message>
    <message>
        <source>Asking TikTok whether you can post…</source>
        <translation>Preguntando a TikTok si puedes publicar…</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>TikTok accepted the access token.</source>
        <translation>TikTok ha aceptado el token de acceso.</translation>
    </message>
    <message>
        <source>TikTok did not accept the access</source>
        <translation>TikTok no ha aceptado el acceso</translation>
    </message>
    <message>
        <source>Posting not checked</source>
        <translation>Publicación no comprobada</translation>
    </message>
    <message>
        <source>The access token was not accepted, so posting could not be checked.</source>
        <translation>No se ha aceptado el token de acceso, así que no se ha podido comprobar la publicación.</translation>
    </message>
    <message>
        <source>Posting (scope video.publish) was not allowed, so TikTok cannot be asked whether this account can post.</source>
        <translation>No se ha permitido publicar (scope video.publish), así que no se puede preguntar a TikTok si esta cuenta puede publicar.</translation>
    </message>
    <message>
        <source>This account cannot post right now</source>
        <translation>Esta cuenta no puede publicar ahora mismo</translation>
    </message>
    <message>
        <source>Can post, privately only</source>
        <translation>Puede publicar, pero solo en privado</translation>
    </message>
    <message>
        <source>TikTok offers only &quot;Only me&quot;: the app is not reviewed yet, or the account is private. Posts stay private until TikTok approves the app.</source>
        <translation>TikTok solo ofrece «Solo yo»: la app aún no se ha revisado o la cuenta es privada. Las publicaciones seguirán siendo privadas hasta que TikTok apruebe la app.</translation>
    </message>
    <message>
        <source>Can post</source>
        <translation>Puede publicar</translation>
    </message>
    <message>
        <source>Who can see the posts: %1.</source>
        <translation>Quién puede ver las publicaciones: %1.</translation>
    </message>
    <message>
        <source>TikTok offered no privacy level to post with.</source>
        <translation>TikTok no ha ofrecido ningún nivel de privacidad con el que publicar.</translation>
    </message>
    <message>
        <source>Owner of the credential file</source>
        <translation>Propietario del archivo de credenciales</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupFlow</name>
    <message>
        <source>Another program is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %1 on this computer). Close that program and choose Try again, or choose Use a free port instead.</source>
        <extracomment>%1 is a port number.</extracomment>
        <translation>Otro programa está usando la dirección que SKYBEAM necesita para recibir la respuesta de TikTok (puerto %1 en este ordenador). Cierre ese programa y elija Reintentar, o elija Usar un puerto libre.</translation>
    </message>
    <message>
        <source>Another program, %1, is using the address SKYBEAM needs to receive TikTok&apos;s answer (port %2 on this computer). Close %1 and choose Try again, or choose Use a free port instead.</source>
        <extracomment>%1 is a program&apos;s name, e.g. &quot;python3&quot;; %2 a port number.</extracomment>
        <translation>Otro programa, %1, está usando la dirección que SKYBEAM necesita para recibir la respuesta de TikTok (puerto %2 en este ordenador). Cierre %1 y elija Reintentar, o elija Usar un puerto libre.</translation>
    </message>
    <message>
        <source>This is a different TikTok account than before: the publisher will post to %1 from now on. If that is not the right account, sign out of TikTok in your browser and re-authorize.</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Esta es otra cuenta de TikTok que la de antes: a partir de ahora el publicador publicará en %1. Si no es la cuenta correcta, cierre la sesión de TikTok en su navegador y vuelva a autorizar.</translation>
    </message>
    <message>
        <source>Check the account: the publisher will post to %1. If that is not your account, sign out of TikTok in your browser and re-authorize.</source>
        <extracomment>%1 is the TikTok account&apos;s display name.</extracomment>
        <translation>Compruebe la cuenta: el publicador publicará en %1. Si no es su cuenta, cierre la sesión de TikTok en su navegador y vuelva a autorizar.</translation>
    </message>
    <message>
        <source>The reminders could not be turned on.</source>
        <translation>No se pudieron activar los recordatorios.</translation>
    </message>
    <message>
        <source>The reminders could not be turned off.</source>
        <translation>No se pudieron desactivar los recordatorios.</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupOverview</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>(not checked yet)</source>
        <translation>(aún sin comprobar)</translation>
    </message>
    <message>
        <source>TikTok account: %1 (open_id %2)</source>
        <translation>Cuenta de TikTok: %1 (open_id %2)</translation>
    </message>
    <message>
        <source>Access token expires: %1</source>
        <translation>El token de acceso caduca: %1</translation>
    </message>
    <message>
        <source>Refresh token expires: %1</source>
        <translation>El token de actualización caduca: %1</translation>
    </message>
    <message>
        <source>Access granted: %1</source>
        <translation>Acceso concedido: %1</translation>
    </message>
    <message>
        <source>Credential file: %1</source>
        <translation>Archivo de credenciales: %1</translation>
    </message>
    <message>
        <source>Handoff packs not marked posted: %1</source>
        <translation>Paquetes de entrega sin marcar como publicados: %1</translation>
    </message>
</context>
<context>
    <name>Skybeam::SetupSession</name>
    <message>
        <source>No system keychain is used.</source>
        <translation>No se usa ningún llavero del sistema.</translation>
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
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>Skybeam::SignInPage</name>
    <message>
        <source>Sign in with TikTok</source>
        <translation>Iniciar sesión con TikTok</translation>
    </message>
    <message>
        <source>Approve SKYBEAM Publisher in your browser, with the TikTok account the publisher should post to.</source>
        <translation>Autoriza SKYBEAM Publisher en el navegador con la cuenta de TikTok en la que debe publicar el publicador.</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try signing in again</source>
        <translation>Volver a intentar iniciar sesión</translation>
    </message>
    <message>
        <source>Your browser shows TikTok&apos;s page: sign in there and click Authorize. When TikTok says you can close the tab, come back here: the wizard continues by itself.</source>
        <translation>Tu navegador muestra la página de TikTok: inicia sesión allí y haz clic en «Authorize». Cuando TikTok diga que puedes cerrar la pestaña, vuelve aquí: el asistente continúa solo.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Volver a abrir</translation>
    </message>
    <message>
        <source>Open the sign-in link in the browser again</source>
        <translation>Volver a abrir el enlace de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;iar el enlace</translation>
    </message>
    <message>
        <source>Copy the sign-in link to the clipboard</source>
        <translation>Copiar el enlace de inicio de sesión al portapapeles</translation>
    </message>
    <message>
        <source>Getting ready to sign in…</source>
        <translation>Preparando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Waiting for you to approve in your browser…</source>
        <translation>Esperando a que lo autorices en el navegador…</translation>
    </message>
    <message>
        <source>TikTok approved. Getting your access from TikTok…</source>
        <translation>TikTok lo ha aprobado. Obteniendo tu acceso de TikTok…</translation>
    </message>
    <message>
        <source>Your browser did not open. Copy the link below and paste it into your browser&apos;s address bar, or click Open again.</source>
        <translation>No se ha abierto el navegador. Copia el enlace de abajo y pégalo en la barra de direcciones del navegador, o haz clic en «Volver a abrir».</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>El inicio de sesión no ha funcionado.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <extracomment>Time left to approve in the browser, as minutes:seconds</extracomment>
        <translation>Tiempo restante: %1:%2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The address of TikTok&apos;s sign-in page. Open it in your browser if the browser did not open by itself.</source>
        <translation>La dirección de la página de inicio de sesión de TikTok. Ábrela en tu navegador si no se ha abierto solo.</translation>
    </message>
    <message>
        <source>Fix &amp;keys</source>
        <translation>Corregir las c&amp;laves</translation>
    </message>
    <message>
        <source>Fix keys: back to the client key and client secret</source>
        <translation>Corregir las claves: volver a la clave y el secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Use a free port instead</source>
        <translation>&amp;Usar un puerto libre</translation>
    </message>
    <message>
        <source>Use a free port instead of the one another program is using</source>
        <translation>Usar un puerto libre en lugar del que usa otro programa</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Diagnose: check everything the TikTok connection depends on</source>
        <translation>Diagnosticar: comprobar todo aquello de lo que depende la conexión con TikTok</translation>
    </message>
    <message>
        <source>Add this redirect URI to your app in the TikTok developer portal (Login Kit, Redirect URI), exactly as shown, then choose Try again:</source>
        <translation>Añada este URI de redirección a su aplicación en el portal para desarrolladores de TikTok (Login Kit, Redirect URI), tal como se muestra, y elija Reintentar:</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirección que registrar</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>Copiar el URI de redirección al portapapeles</translation>
    </message>
    <message>
        <source>Asking TikTok whether it accepts your app&apos;s keys…</source>
        <translation>Preguntando a TikTok si acepta las claves de su aplicación…</translation>
    </message>
    <message>
        <source>SKYBEAM now uses a free port for the sign-in. The developer portal is opening: add the redirect URI below to your app, then choose Try again.</source>
        <translation>SKYBEAM usa ahora un puerto libre para el inicio de sesión. Se está abriendo el portal para desarrolladores: añada a su aplicación el URI de redirección de abajo y elija Reintentar.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TikTokCall</name>
    <message>
        <source>TikTok is having trouble (HTTP status %1, %2 attempts). Wait a few minutes and try again.</source>
        <extracomment>%1 is an HTTP status number, %2 a number of attempts.</extracomment>
        <translation>TikTok está teniendo problemas (estado HTTP %1, %2 intentos). Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to TikTok could not be verified, so nothing was sent. Check the computer&apos;s date and time, and any proxy or security software that intercepts HTTPS.</source>
        <translation>No se ha podido verificar la conexión segura con TikTok, así que no se ha enviado nada. Comprueba la fecha y la hora del ordenador, y cualquier proxy o software de seguridad que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>TikTok did not answer within %1 seconds (%2 attempts). Check the internet connection and try again.</source>
        <extracomment>%1 is a number of seconds, %2 a number of attempts.</extracomment>
        <translation>TikTok no ha respondido en %1 segundos (%2 intentos). Comprueba la conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>TikTok&apos;s server %1 could not be found. Check the internet connection.</source>
        <extracomment>%1 is a host name such as open.tiktokapis.com.</extracomment>
        <translation>No se ha encontrado el servidor de TikTok %1. Comprueba la conexión a internet.</translation>
    </message>
    <message>
        <source>The proxy server did not let SKYBEAM Setup reach TikTok. Check the proxy settings.</source>
        <translation>El servidor proxy no ha dejado que SKYBEAM Setup llegue a TikTok. Comprueba los ajustes del proxy.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup could not reach TikTok (%1 attempts). Check the internet connection and try again.</source>
        <extracomment>%1 is a number of attempts.</extracomment>
        <translation>SKYBEAM Setup no ha podido conectar con TikTok (%1 intentos). Comprueba la conexión a internet y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TikTokEndpoints</name>
    <message>
        <source>%1 does not hold a usable address (%2). Unset it to use TikTok itself.</source>
        <extracomment>%1 is an environment variable name, %2 the URL it holds.</extracomment>
        <translation>%1 no contiene una dirección utilizable (%2). Elimina la variable para usar el propio TikTok.</translation>
    </message>
    <message>
        <source>%1 must use https (%2). Plain http is allowed only for a test server on this computer (localhost or 127.0.0.1), because secrets and tokens travel over this connection.</source>
        <extracomment>%1 is an environment variable name, %2 the URL it holds.</extracomment>
        <translation>%1 debe usar https (%2). El http sin cifrar solo se permite para un servidor de pruebas en este ordenador (localhost o 127.0.0.1), porque por esta conexión viajan secretos y tokens.</translation>
    </message>
    <message>
        <source>%1 points to %2, which is neither TikTok nor this computer, and would receive the client secret and tokens. Unset it, or add --allow-custom-endpoints if you really mean it.</source>
        <extracomment>%1 is an environment variable name, %2 the URL it holds.</extracomment>
        <translation>%1 apunta a %2, que no es TikTok ni este equipo, y recibiría el secreto del cliente y los tokens. Elimine la variable, o añada --allow-custom-endpoints si de verdad lo desea.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TikTokErrors</name>
    <message>
        <source>You declined the request on TikTok&apos;s page, so SKYBEAM was not connected. Start again and choose Authorize to connect your account.</source>
        <translation>Has rechazado la solicitud en la página de TikTok, así que SKYBEAM no se ha conectado. Empieza de nuevo y elige «Authorize» para conectar tu cuenta.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts the stored refresh token: it has expired or was revoked (&quot;Token expired&quot;). Sign in with TikTok again to re-authorize SKYBEAM.</source>
        <translation>TikTok ya no acepta el token de actualización guardado: ha caducado o se ha revocado («Token expired»). Vuelve a iniciar sesión con TikTok para volver a autorizar SKYBEAM.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts the stored token; it was already revoked or has expired.</source>
        <translation>TikTok ya no acepta el token guardado; ya se había revocado o ha caducado.</translation>
    </message>
    <message>
        <source>TikTok refused the sign-in code: it expired, was already used, or the redirect URI does not match the one registered for your app. Start the sign-in again.</source>
        <translation>TikTok ha rechazado el código de inicio de sesión: ha caducado, ya se ha usado o la Redirect URI no coincide con la registrada para tu app. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>TikTok could not match this sign-in&apos;s security check (&quot;Code verifier or code challenge is invalid&quot;). Start the sign-in again; if it keeps failing, report it with the log ID.</source>
        <translation>TikTok no ha podido cuadrar la comprobación de seguridad de este inicio de sesión («Code verifier or code challenge is invalid»). Vuelve a iniciar sesión; si sigue fallando, notifícalo con el ID de registro.</translation>
    </message>
    <message>
        <source>TikTok refused the redirect URI. It must match one registered for your app in the Developer Portal character for character (Login Kit, Redirect URI).</source>
        <translation>TikTok ha rechazado la Redirect URI. Debe coincidir carácter por carácter con una registrada para tu app en el portal para desarrolladores (Login Kit, Redirect URI).</translation>
    </message>
    <message>
        <source>TikTok refused the request as incomplete or malformed (%1). Start again; if it keeps failing, report it with the log ID.</source>
        <extracomment>%1 is TikTok&apos;s own (English) explanation.</extracomment>
        <translation>TikTok ha rechazado la petición por incompleta o mal formada (%1). Empieza de nuevo; si sigue fallando, notifícalo con el ID de registro.</translation>
    </message>
    <message>
        <source>TikTok refused the requested permissions (&quot;Application not approved for Content Posting API&quot;). Uploading and posting need the Content Posting API approved for your app: apply in the Developer Portal, or use Handoff Mode (manual uploads) until it is approved.</source>
        <translation>TikTok ha rechazado los permisos solicitados («Application not approved for Content Posting API»). Para subir y publicar, tu app necesita la Content Posting API aprobada: solicítala en el portal para desarrolladores, o usa el modo de entrega (subidas a mano) hasta que se apruebe.</translation>
    </message>
    <message>
        <source>TikTok does not support the kind of request SKYBEAM Setup sent. Please report this together with the log ID.</source>
        <translation>TikTok no admite el tipo de petición que ha enviado SKYBEAM Setup. Notifícalo junto con el ID de registro.</translation>
    </message>
    <message>
        <source>TikTok is having trouble right now. Wait a few minutes and try again.</source>
        <translation>TikTok está teniendo problemas ahora mismo. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>TikTok refused the request (%1: %2).</source>
        <extracomment>%1 is TikTok&apos;s error code, %2 its (English) explanation.</extracomment>
        <translation>TikTok ha rechazado la petición (%1: %2).</translation>
    </message>
    <message>
        <source>The access token has expired or is no longer valid (&quot;Token expired&quot;). SKYBEAM renews it with the refresh token; if that fails, sign in with TikTok again.</source>
        <translation>El token de acceso ha caducado o ya no es válido («Token expired»). SKYBEAM lo renueva con el token de actualización; si eso falla, vuelve a iniciar sesión con TikTok.</translation>
    </message>
    <message>
        <source>This TikTok account has not granted the permission this step needs, or the app is not approved for it (&quot;Application not approved for Content Posting API&quot;). Sign in again and allow every permission, and check the app&apos;s approval in the Developer Portal.</source>
        <translation>Esta cuenta de TikTok no ha concedido el permiso que necesita este paso, o la app no está aprobada para ello («Application not approved for Content Posting API»). Vuelve a iniciar sesión, permite todos los permisos y comprueba la aprobación de la app en el portal para desarrolladores.</translation>
    </message>
    <message>
        <source>SKYBEAM asked TikTok for information the granted permissions do not cover. Sign in again and allow every permission.</source>
        <translation>SKYBEAM ha pedido a TikTok información que los permisos concedidos no cubren. Vuelve a iniciar sesión y permite todos los permisos.</translation>
    </message>
    <message>
        <source>TikTok refused the request&apos;s parameters (%1). Please report this with the log ID.</source>
        <extracomment>%1 is TikTok&apos;s own (English) explanation.</extracomment>
        <translation>TikTok ha rechazado los parámetros de la petición (%1). Notifícalo con el ID de registro.</translation>
    </message>
    <message>
        <source>TikTok refused the uploaded file. Check that it is a supported video and try again.</source>
        <translation>TikTok ha rechazado el archivo subido. Comprueba que sea un vídeo compatible y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>TikTok had an internal problem. Wait a few minutes and try again.</source>
        <translation>TikTok ha tenido un problema interno. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This account has reached TikTok&apos;s daily posting limit. Try again tomorrow.</source>
        <translation>Esta cuenta ha alcanzado el límite diario de publicaciones de TikTok. Vuelve a intentarlo mañana.</translation>
    </message>
    <message>
        <source>TikTok does not allow this account to post at the moment. Check the account in the TikTok app.</source>
        <translation>TikTok no permite publicar a esta cuenta en este momento. Revisa la cuenta en la app de TikTok.</translation>
    </message>
    <message>
        <source>Too many uploads are waiting in this account&apos;s TikTok inbox. Finish or delete some in the TikTok app, then try again.</source>
        <translation>Hay demasiadas subidas esperando en la bandeja de entrada de TikTok de esta cuenta. Termina o elimina algunas en la app de TikTok y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The app has reached TikTok&apos;s limit of active users for today (an unaudited app allows 5 posting users in 24 hours). Try again later or submit the app for review.</source>
        <translation>La app ha alcanzado el límite de usuarios activos de TikTok para hoy (una app sin auditar permite 5 usuarios que publiquen en 24 horas). Vuelve a intentarlo más tarde o envía la app a revisión.</translation>
    </message>
    <message>
        <source>The app has not passed TikTok&apos;s review yet, so it can post only to a private account and only as &quot;Only me&quot;. Make the account private, or submit the app for review.</source>
        <translation>La app aún no ha superado la revisión de TikTok, así que solo puede publicar en una cuenta privada y solo como «Solo yo». Haz privada la cuenta o envía la app a revisión.</translation>
    </message>
    <message>
        <source>The chosen privacy level is not one this account offers. Pick one of the listed options.</source>
        <translation>Esta cuenta no ofrece el nivel de privacidad elegido. Elige una de las opciones de la lista.</translation>
    </message>
    <message>
        <source>TikTok requires the video&apos;s web address to be on a domain verified for the app.</source>
        <translation>TikTok exige que la dirección web del vídeo esté en un dominio verificado para la app.</translation>
    </message>
    <message>
        <source>TikTok does not accept this video format. Use MP4 (recommended), MOV or WebM.</source>
        <translation>TikTok no acepta este formato de vídeo. Usa MP4 (recomendado), MOV o WebM.</translation>
    </message>
    <message>
        <source>The video is longer than this account may post.</source>
        <translation>El vídeo es más largo de lo que esta cuenta puede publicar.</translation>
    </message>
    <message>
        <source>TikTok accepts videos of 23 to 60 frames per second only.</source>
        <translation>TikTok solo acepta vídeos de 23 a 60 fotogramas por segundo.</translation>
    </message>
    <message>
        <source>TikTok accepts videos of 360 to 4096 pixels per side only.</source>
        <translation>TikTok solo acepta vídeos de 360 a 4096 píxeles por lado.</translation>
    </message>
    <message>
        <source>TikTok&apos;s rate limit was reached (&quot;Rate limit exceeded&quot;). Wait and try again later. Sandbox apps get only 20 calls a day; production apps get higher limits based on the app&apos;s tier.</source>
        <translation>Se ha alcanzado el límite de peticiones de TikTok («Rate limit exceeded»). Espera y vuelve a intentarlo más tarde. Las apps de sandbox solo tienen 20 llamadas al día; las de producción tienen límites más altos según el nivel de la app.</translation>
    </message>
    <message>
        <source>You signed in as %1, which is not the TikTok account stored before (&quot;User not authorized&quot;). The account that authorizes SKYBEAM must be the one you publish to: sign in again with the correct account.</source>
        <extracomment>%1 is the TikTok display name that just signed in.</extracomment>
        <translation>Has iniciado sesión como %1, que no es la cuenta de TikTok guardada antes («User not authorized»). La cuenta que autoriza SKYBEAM debe ser aquella en la que publicas: vuelve a iniciar sesión con la cuenta correcta.</translation>
    </message>
    <message>
        <source>No refresh token is stored. Sign in with TikTok to authorize SKYBEAM.</source>
        <translation>No hay ningún token de actualización guardado. Inicia sesión con TikTok para autorizar SKYBEAM.</translation>
    </message>
    <message>
        <source>The stored refresh token has expired (&quot;Token expired&quot;). Sign in with TikTok again to re-authorize SKYBEAM.</source>
        <translation>El token de actualización guardado ha caducado («Token expired»). Vuelve a iniciar sesión con TikTok para volver a autorizar SKYBEAM.</translation>
    </message>
    <message>
        <source>TikTok sent an answer SKYBEAM Setup does not understand (HTTP status %1). Try again later.</source>
        <extracomment>%1 is an HTTP status number.</extracomment>
        <translation>TikTok ha enviado una respuesta que SKYBEAM Setup no entiende (estado HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>TikTok rejected this client key and client secret pair — usually the secret is wrong or was reset in the portal.</source>
        <translation>TikTok rechazó este par de clave y secreto de cliente: normalmente el secreto es incorrecto o se restableció en el portal.</translation>
    </message>
    <message>
        <source>%1 TikTok said: &quot;%2&quot;</source>
        <extracomment>%1 is the message so far, %2 TikTok&apos;s own (English) words, quoted as TikTok sent them.</extracomment>
        <translation>%1 TikTok dijo: «%2»</translation>
    </message>
</context>
<context>
    <name>Skybeam::TokenMaintenance</name>
    <message>
        <source>No TikTok credentials are stored yet. Sign in with TikTok first.</source>
        <translation>Aún no hay credenciales de TikTok guardadas. Inicia sesión con TikTok primero.</translation>
    </message>
    <message>
        <source>The stored credentials have no client key. Sign in with TikTok again.</source>
        <translation>Las credenciales guardadas no tienen clave de cliente. Vuelve a iniciar sesión con TikTok.</translation>
    </message>
    <message>
        <source>No client secret is stored, neither in the credential file nor in the keychain. Sign in with TikTok again and give the Client Secret.</source>
        <translation>No hay ningún secreto de cliente guardado, ni en el archivo de credenciales ni en el llavero. Vuelve a iniciar sesión con TikTok e indica el «Client Secret».</translation>
    </message>
</context>
<context>
    <name>Skybeam::TokenRefresher</name>
    <message>
        <source>The credential store is gone.</source>
        <translation>El almacén de credenciales ya no existe.</translation>
    </message>
</context>
<context>
    <name>Skybeam::TokenRevoker</name>
    <message>
        <source>The credential store is gone.</source>
        <translation>El almacén de credenciales ya no existe.</translation>
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
            <numerusform>queda alrededor de %n segundo</numerusform>
            <numerusform>quedan alrededor de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda alrededor de %n minuto</numerusform>
            <numerusform>quedan alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>queda alrededor de %n hora</numerusform>
            <numerusform>quedan alrededor de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% · %2 of %3</source>
        <extracomment>%1 is a percentage number, %2 and %3 amounts of data (&quot;9.0 MB of 20.0 MB&quot;).</extracomment>
        <translation>%1 % · %2 de %3</translation>
    </message>
</context>
<context>
    <name>Skybeam::UploadResult</name>
    <message>
        <source>Sent to the account&apos;s TikTok inbox. Open the TikTok app to add the caption and post it.</source>
        <translation>Enviado a la bandeja de entrada de TikTok de la cuenta. Abre la app de TikTok para añadir la descripción y publicarlo.</translation>
    </message>
    <message>
        <source>Sent to %1&apos;s TikTok inbox. Open the TikTok app to add the caption and post it.</source>
        <extracomment>%1 is the TikTok account&apos;s nickname.</extracomment>
        <translation>Enviado a la bandeja de entrada de TikTok de %1. Abre la app de TikTok para añadir la descripción y publicarlo.</translation>
    </message>
    <message>
        <source>Published on TikTok.</source>
        <translation>Publicado en TikTok.</translation>
    </message>
    <message>
        <source>Published on %1&apos;s TikTok profile.</source>
        <extracomment>%1 is the TikTok account&apos;s nickname.</extracomment>
        <translation>Publicado en el perfil de TikTok de %1.</translation>
    </message>
</context>
<context>
    <name>Skybeam::ValidationPage</name>
    <message>
        <source>Check your setup</source>
        <translation>Comprueba tu configuración</translation>
    </message>
    <message>
        <source>The runbook&apos;s checks on the credential file, then a live check with TikTok.</source>
        <translation>Las comprobaciones del runbook sobre el archivo de credenciales y, después, una comprobación en vivo con TikTok.</translation>
    </message>
    <message>
        <source>&amp;Fix permissions</source>
        <translation>Co&amp;rregir los permisos</translation>
    </message>
    <message>
        <source>Fix the credential file&apos;s permissions so only you can read it</source>
        <translation>Corregir los permisos del archivo de credenciales para que solo tú puedas leerlo</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copiar el &amp;informe</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copiar el informe al portapapeles</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Comprobar de n&amp;uevo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Live check with TikTok</source>
        <translation>Comprobación en vivo con TikTok</translation>
    </message>
    <message>
        <source>Credential file (the runbook&apos;s checks)</source>
        <translation>Archivo de credenciales (las comprobaciones del runbook)</translation>
    </message>
    <message>
        <source>Security and expiry</source>
        <translation>Seguridad y caducidad</translation>
    </message>
    <message>
        <source>Sandbox apps get about 20 API calls a day; this check uses 2 of them.</source>
        <translation>Las apps en sandbox tienen unas 20 llamadas a la API al día; esta comprobación usa 2.</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox apps get about 20 API calls a day; this check used %n of them.</source>
        <translation>
            <numerusform>Las apps en sandbox tienen unas 20 llamadas a la API al día; esta comprobación ha usado %n.</numerusform>
            <numerusform>Las apps en sandbox tienen unas 20 llamadas a la API al día; esta comprobación ha usado %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed: only you can read the credential file now.</source>
        <translation>Corregido: ahora solo tú puedes leer el archivo de credenciales.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Diagnose: check everything the TikTok connection depends on</source>
        <translation>Diagnosticar: comprobar todo aquello de lo que depende la conexión con TikTok</translation>
    </message>
</context>
<context>
    <name>Skybeam::WelcomePage</name>
    <message>
        <source>Welcome to SKYBEAM TikTok Setup</source>
        <translation>Te damos la bienvenida a SKYBEAM TikTok Setup</translation>
    </message>
    <message>
        <source>Connects the SKYBEAM publisher to your TikTok account, step by step.</source>
        <translation>Conecta el publicador de SKYBEAM con tu cuenta de TikTok, paso a paso.</translation>
    </message>
    <message>
        <source>&amp;Set up TikTok</source>
        <translation>&amp;Configurar TikTok</translation>
    </message>
    <message>
        <source>&amp;Re-authorize</source>
        <translation>&amp;Volver a autorizar</translation>
    </message>
    <message>
        <source>Rene&amp;w now</source>
        <translation>&amp;Renovar ahora</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>Com&amp;probar mi configuración</translation>
    </message>
    <message>
        <source>Browse handoff &amp;packs</source>
        <translation>Ver los paquetes de &amp;entrega</translation>
    </message>
    <message>
        <source>See the upload packs the publisher prepared for posting by hand.</source>
        <translation>Mira los paquetes de entrega que el publicador preparó para publicar a mano.</translation>
    </message>
    <message>
        <source>I &amp;don&apos;t have API access yet</source>
        <translation>Aún no &amp;tengo acceso a la API</translation>
    </message>
    <message>
        <source>Learn how SKYBEAM works without TikTok&apos;s API, and see its handoff packs.</source>
        <translation>Descubre cómo funciona SKYBEAM sin la API de TikTok y mira sus paquetes de entrega.</translation>
    </message>
    <message>
        <source>Credential file: %1</source>
        <translation>Archivo de credenciales: %1</translation>
    </message>
    <message>
        <source>Recommended. %1</source>
        <translation>Recomendado. %1</translation>
    </message>
    <message>
        <source>Create your TikTok app, enter its keys and sign in. The guide walks you through every step.</source>
        <translation>Crea tu app de TikTok, introduce sus claves e inicia sesión. La guía te acompaña en cada paso.</translation>
    </message>
    <message>
        <source>Start again with a new or changed TikTok app.</source>
        <translation>Empieza de nuevo con una app de TikTok nueva o modificada.</translation>
    </message>
    <message>
        <source>Sign in with TikTok again using your saved app keys.</source>
        <translation>Vuelve a iniciar sesión con TikTok usando las claves guardadas de tu app.</translation>
    </message>
    <message>
        <source>Get a new access token with the saved refresh token. No browser needed.</source>
        <translation>Obtén un token de acceso nuevo con el token de actualización guardado. No hace falta el navegador.</translation>
    </message>
    <message>
        <source>Check the saved credentials and ask TikTok whether they work.</source>
        <translation>Comprueba las credenciales guardadas y pregunta a TikTok si funcionan.</translation>
    </message>
    <message>
        <source>Without TikTok API access, SKYBEAM works in Handoff mode: for each video the publisher prepares an upload pack in %1 with the video, its caption, metadata and a thumbnail, and you post it yourself in the TikTok app or on tiktok.com. Handoff mode needs no setup: it is used automatically while no credentials are saved. Meanwhile you can apply for the Content Posting API in the TikTok developer portal (Set up TikTok shows how) and come back when it is approved.</source>
        <translation>Sin acceso a la API de TikTok, SKYBEAM funciona en modo de entrega: para cada vídeo, el publicador prepara en %1 un paquete de entrega con el vídeo, su descripción, los metadatos y una miniatura, y tú lo publicas en la app de TikTok o en tiktok.com. El modo de entrega no necesita configuración: se usa automáticamente mientras no haya credenciales guardadas. Mientras tanto, puedes solicitar la Content Posting API en el portal para desarrolladores de TikTok («Configurar TikTok» te explica cómo) y volver cuando esté aprobada.</translation>
    </message>
    <message>
        <source>Not possible: the client secret is neither in the credential file nor in the system keychain. Re-authorize instead.</source>
        <translation>No es posible: el secreto de cliente no está ni en el archivo de credenciales ni en el llavero del sistema. Vuelve a autorizar en su lugar.</translation>
    </message>
    <message>
        <source>Dia&amp;gnose a problem</source>
        <translation>&amp;Diagnosticar un problema</translation>
    </message>
    <message>
        <source>Check everything the TikTok connection depends on, with a fix for each problem.</source>
        <translation>Comprobar todo lo que necesita la conexión con TikTok, con una solución para cada problema.</translation>
    </message>
</context>
<context>
    <name>authorize</name>
    <message>
        <source>cannot read the client secret file %1 (%2)</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>no se puede leer el archivo del secreto de cliente %1 (%2)</translation>
    </message>
    <message>
        <source>the client secret file %1 is too large to hold a client secret</source>
        <translation>el archivo %1 es demasiado grande para contener un secreto de cliente</translation>
    </message>
    <message>
        <source>the client secret file %1 is empty</source>
        <translation>el archivo del secreto de cliente %1 está vacío</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; restrict it with chmod 600.</source>
        <translation>Advertencia: otros usuarios pueden leer %1; restríngelo con chmod 600.</translation>
    </message>
    <message>
        <source>Client secret for %1 (typing is hidden): </source>
        <extracomment>%1 is the client key.</extracomment>
        <translation>Secreto de cliente para %1 (lo que escribes no se muestra): </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Open the address above in your browser, sign in with TikTok and click Authorize. Waiting up to %n minute(s); Ctrl-C cancels.</source>
        <translation>
            <numerusform>Abre la dirección de arriba en tu navegador, inicia sesión con TikTok y haz clic en «Authorize». Se espera hasta %n minuto; Ctrl-C cancela.</numerusform>
            <numerusform>Abre la dirección de arriba en tu navegador, inicia sesión con TikTok y haz clic en «Authorize». Se espera hasta %n minutos; Ctrl-C cancela.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation>No se ha podido abrir ningún navegador; abre tú la dirección de arriba.</translation>
    </message>
    <message>
        <source>no client secret: give --client-secret-file FILE (neither the keychain nor the credential file has one for this client key, and there is no terminal to ask on)</source>
        <translation>no hay secreto de cliente: indica --client-secret-file ARCHIVO (ni el llavero ni el archivo de credenciales tienen uno para esta clave de cliente, y no hay ningún terminal en el que preguntarlo)</translation>
    </message>
    <message>
        <source>Connected to TikTok as %1 (open_id %2).</source>
        <extracomment>%1 is the TikTok display name, %2 the account&apos;s open_id.</extracomment>
        <translation>Conectado con TikTok como %1 (open_id %2).</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <extracomment>%1 is a comma-separated list of permissions.</extracomment>
        <translation>Scopes concedidos: %1</translation>
    </message>
    <message>
        <source>Access token valid until %1; refresh token until %2.</source>
        <extracomment>%1 and %2 are dates and times.</extracomment>
        <translation>Token de acceso válido hasta el %1; token de actualización hasta el %2.</translation>
    </message>
    <message>
        <source>Saved to %1 and the system keychain.</source>
        <translation>Guardado en %1 y en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Note: the system keychain was not used: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation.</extracomment>
        <translation>Nota: no se ha usado el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Warning: not granted: %1. Publishing needs them; run authorize again and allow every permission.</source>
        <translation>Advertencia: no concedidos: %1. Son necesarios para publicar; vuelve a ejecutar authorize y permite todos los permisos.</translation>
    </message>
    <message>
        <source>Warning: this is a different TikTok account than the one stored before. The SKYBEAM publisher will now post to %1.</source>
        <translation>Advertencia: es una cuenta de TikTok distinta de la guardada antes. El publicador de SKYBEAM publicará ahora en %1.</translation>
    </message>
    <message>
        <source>Signs in with TikTok in the browser and saves the tokens for the SKYBEAM publisher (file and keychain).
Prints the authorization URL on its own line on stdout, then a short summary.
Exit code: 0 connected, 1 not connected (denied, timeout, port busy, TikTok error), 2 usage error.
Environment: SKYBEAM_TIKTOK_AUTH_URL, SKYBEAM_TIKTOK_API_BASE (a test server), BROWSER.</source>
        <translation>Inicia sesión con TikTok en el navegador y guarda los tokens para el publicador de SKYBEAM (archivo y llavero).
Muestra la dirección de autorización en su propia línea de stdout y después un breve resumen.
Código de salida: 0 conectado, 1 no conectado (rechazado, tiempo agotado, puerto ocupado, error de TikTok), 2 error de uso.
Entorno: SKYBEAM_TIKTOK_AUTH_URL, SKYBEAM_TIKTOK_API_BASE (un servidor de pruebas), BROWSER.</translation>
    </message>
    <message>
        <source>The app&apos;s Client Key from the TikTok Developer Portal (required).</source>
        <translation>El «Client Key» de la app, del portal para desarrolladores de TikTok (obligatorio).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Read the Client Secret from FILE (first line). Without it: the keychain, the stored credential file, or a hidden prompt.</source>
        <translation>Leer el «Client Secret» de ARCHIVO (primera línea). Sin esta opción: del llavero, del archivo de credenciales guardado o de una petición con la escritura oculta.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>A redirect URI registered for the app (default %1; a wildcard port such as http://127.0.0.1:*/callback/ picks a free port).</source>
        <translation>Una Redirect URI registrada para la app (predeterminada: %1; un puerto comodín (wildcard) como http://127.0.0.1:*/callback/ elige un puerto libre).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Comma-separated permissions (default %1).</source>
        <translation>Permisos separados por comas (predeterminados: %1).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Give up after SECONDS without an answer from the browser (default 300).</source>
        <translation>Rendirse tras SEGUNDOS sin respuesta del navegador (predeterminado: 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--client-key KEY is required</source>
        <translation>--client-key CLAVE es obligatorio</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <source>Check the account: the SKYBEAM publisher will post to %1. This is the first TikTok account connected here; if it is not yours, run &apos;skybeam-setup revoke&apos; and authorize again.</source>
        <extracomment>%1 is the TikTok display name.</extracomment>
        <translation>Compruebe la cuenta: el publicador de SKYBEAM publicará en %1. Es la primera cuenta de TikTok conectada aquí; si no es suya, ejecute &apos;skybeam-setup revoke&apos; y vuelva a autorizar.</translation>
    </message>
    <message>
        <source>Browser on another computer? After you click Authorize, its page will not load (it goes to %1, an address on that computer). Copy the whole address from its address bar, paste it here and press Enter.</source>
        <extracomment>%1 is the redirect URI with its port, e.g. http://127.0.0.1:40123/callback/</extracomment>
        <translation>¿Navegador en otro ordenador? Después de hacer clic en Autorizar, su página no cargará (va a %1, una dirección de ese ordenador). Copie la dirección completa de su barra de direcciones, péguela aquí y pulse Intro.</translation>
    </message>
    <message>
        <source>Or, before clicking Authorize, forward the port from that computer, and its browser comes back here by itself: ssh -L %1:127.0.0.1:%1 %2 (with a fixed port in the redirect URI, such as the default http://localhost:8080/callback, one tunnel serves every sign-in).</source>
        <extracomment>%1 is a port number, %2 this computer&apos;s name. &quot;ssh -L %1:127.0.0.1:%1 %2&quot; is a command line.</extracomment>
        <translation>O bien, antes de hacer clic en Autorizar, reenvíe el puerto desde ese ordenador y su navegador volverá aquí solo: ssh -L %1:127.0.0.1:%1 %2 (con un puerto fijo en la URI de redirección, como la predeterminada http://localhost:8080/callback, un solo túnel sirve para todos los inicios de sesión).</translation>
    </message>
    <message>
        <source>(What you paste is not shown.)</source>
        <translation>(Lo que pegue no se muestra.)</translation>
    </message>
    <message>
        <source>Address not accepted: %1 Still waiting.</source>
        <extracomment>%1 says why the pasted address was refused.</extracomment>
        <translation>Dirección no aceptada: %1 Se sigue esperando.</translation>
    </message>
    <message>
        <source>Address not accepted: %1</source>
        <extracomment>%1 says why the pasted address was refused.</extracomment>
        <translation>Dirección no aceptada: %1</translation>
    </message>
    <message>
        <source>Address accepted; getting the access from TikTok…</source>
        <translation>Dirección aceptada; obteniendo el acceso de TikTok…</translation>
    </message>
    <message>
        <source>Do not open a browser; open the printed address yourself, here or on another computer (then paste the address its browser ends on, as one line on stdin).</source>
        <translation>No abrir un navegador; abra usted la dirección mostrada, aquí o en otro ordenador (y después pegue la dirección en la que termina su navegador, como una línea en stdin).</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Check the credential file (runbook report)</source>
        <translation>Comprobar el archivo de credenciales (informe del runbook)</translation>
    </message>
    <message>
        <source>Show the handoff packs, ready to drag onto TikTok&apos;s upload page</source>
        <translation>Mostrar los paquetes de entrega, listos para arrastrarlos a la página de subida de TikTok</translation>
    </message>
    <message>
        <source>Sign in with TikTok in the browser and save the tokens</source>
        <translation>Iniciar sesión con TikTok en el navegador y guardar los tokens</translation>
    </message>
    <message>
        <source>Renew the access token with the stored refresh token</source>
        <translation>Renovar el token de acceso con el token de actualización guardado</translation>
    </message>
    <message>
        <source>Revoke the access token and remove the stored tokens</source>
        <translation>Revocar el token de acceso y quitar los tokens guardados</translation>
    </message>
    <message>
        <source>Send a handoff pack to TikTok (inbox draft or direct post)</source>
        <translation>Enviar un paquete de entrega a TikTok (borrador en la bandeja de entrada o publicación directa)</translation>
    </message>
    <message>
        <source>Find out why the TikTok connection does not work</source>
        <translation>Averiguar por qué no funciona la conexión con TikTok</translation>
    </message>
    <message>
        <source>Show what needs doing: the account, expiries, the re-authorize date</source>
        <translation>Mostrar qué hay que hacer: la cuenta, las caducidades, la fecha para volver a autorizar</translation>
    </message>
    <message>
        <source>Show a desktop reminder when it is time to re-authorize or packs wait</source>
        <translation>Mostrar un recordatorio en el escritorio cuando toca volver a autorizar o hay paquetes esperando</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>Checks everything the TikTok connection depends on and says, check by check, what to do about each problem.
Exit code: 0 no problem (warnings allowed), 1 at least one problem, 2 usage error.</source>
        <translation>Comprueba todo lo que necesita la conexión con TikTok y dice, punto por punto, qué hacer con cada problema.
Código de salida: 0 sin problemas (se permiten avisos), 1 al menos un problema, 2 error de uso.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Also check the connection to TikTok and the account (makes API calls, which count against a sandbox app&apos;s daily budget).</source>
        <translation>Comprobar también la conexión con TikTok y la cuenta (hace llamadas a la API, que cuentan para el cupo diario de una app de sandbox).</translation>
    </message>
    <message>
        <source>Asking TikTok: this makes API calls, which count against a sandbox app&apos;s daily budget.</source>
        <translation>Preguntando a TikTok: esto hace llamadas a la API, que cuentan para el cupo diario de una app de sandbox.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects the SKYBEAM publisher to TikTok.</source>
        <translation>Conecta el publicador de SKYBEAM con TikTok.</translation>
    </message>
    <message>
        <source>Open the wizard on PAGE (%1) instead of the Welcome page.</source>
        <translation>Abrir el asistente en PÁGINA (%1) en lugar de en la página de bienvenida.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PÁGINA</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (use one of: %2)</source>
        <translation>página desconocida &apos;%1&apos; (usa una de estas: %2)</translation>
    </message>
    <message>
        <source>Connects the SKYBEAM publisher to TikTok. Without a command, opens the setup wizard.</source>
        <translation>Conecta el publicador de SKYBEAM con TikTok. Sin ninguna orden, abre el asistente de configuración.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;skybeam-setup COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecuta &apos;skybeam-setup ORDEN --help&apos; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup is already running for %1; it was brought to the front.</source>
        <translation>SKYBEAM Setup ya se está ejecutando para %1; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>SKYBEAM Setup is already running for %1. Switch to its window.</source>
        <translation>SKYBEAM Setup ya se está ejecutando para %1. Cambia a su ventana.</translation>
    </message>
    <message>
        <source>skybeam-setup: cannot start the setup wizard (%1: %2). It is in the skybeam-setup package; a server needs only skybeam-setup-cli, which has every other command.</source>
        <translation>skybeam-setup: no se puede iniciar el asistente de configuración (%1: %2). Está en el paquete skybeam-setup; un servidor solo necesita skybeam-setup-cli, que tiene todos los demás comandos.</translation>
    </message>
    <message>
        <source>skybeam-setup: unknown command &apos;%1&apos;</source>
        <translation>skybeam-setup: orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;skybeam-setup --help&apos; for more information.</source>
        <translation>Pruebe &apos;skybeam-setup --help&apos; para más información.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>Shows the handoff packs the publisher wrote for manual upload, ready to drag onto TikTok&apos;s upload page.
DIR defaults to the exports folder of the SKYBEAM root (content-pipeline/publish/exports).
Exit code: 0 when the window is closed, 1 when DIR is not a folder, 2 usage error.</source>
        <translation>Muestra los paquetes de entrega que el publicador escribió para subirlos a mano, listos para arrastrarlos a la página de subida de TikTok.
Sin DIR, se usa la carpeta de exportación de la raíz de SKYBEAM (content-pipeline/publish/exports).
Código de salida: 0 al cerrar la ventana, 1 si DIR no es una carpeta, 2 error de uso.</translation>
    </message>
    <message>
        <source>The folder holding the packs (optional).</source>
        <translation>La carpeta que contiene los paquetes (opcional).</translation>
    </message>
    <message>
        <source>skybeam-setup packs: %1 is not a folder.</source>
        <translation>skybeam-setup packs: %1 no es una carpeta.</translation>
    </message>
</context>
<context>
    <name>refresh</name>
    <message>
        <source>Renews the TikTok access token with the stored refresh token and saves the new tokens (TikTok rotates the refresh token).
Exit code: 0 renewed, 1 not renewed (a re-authorization may be needed), 2 usage error.</source>
        <translation>Renueva el token de acceso de TikTok con el token de actualización guardado y guarda los tokens nuevos (TikTok cambia también el token de actualización).
Código de salida: 0 renovado, 1 no renovado (puede que haga falta volver a autorizar), 2 error de uso.</translation>
    </message>
    <message>
        <source>%1 Re-authorization needed: run &apos;%2&apos;.</source>
        <extracomment>%1 is the reason, %2 the command to run.</extracomment>
        <translation>%1 Hay que volver a autorizar: ejecuta &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Access token renewed; valid until %1. Saved to %2.</source>
        <extracomment>%1 is a date and time, %2 a file path.</extracomment>
        <translation>Token de acceso renovado; válido hasta el %1. Guardado en %2.</translation>
    </message>
    <message>
        <source>Note: the keychain was not updated (%1).</source>
        <translation>Nota: no se ha actualizado el llavero (%1).</translation>
    </message>
</context>
<context>
    <name>remind</name>
    <message>
        <source>no desktop session bus (D-Bus), so no notification was shown. Run &apos;skybeam-setup status&apos; to see what is due.</source>
        <translation>no hay bus de sesión del escritorio (D-Bus), así que no se mostró ninguna notificación. Ejecuta &apos;skybeam-setup status&apos; para ver qué toca hacer.</translation>
    </message>
    <message>
        <source>no notification service is running, so no notification was shown. Run &apos;skybeam-setup status&apos; to see what is due.</source>
        <translation>no hay ningún servicio de notificaciones en marcha, así que no se mostró ninguna notificación. Ejecuta &apos;skybeam-setup status&apos; para ver qué toca hacer.</translation>
    </message>
    <message>
        <source>the notification service did not take the notification (%1).</source>
        <translation>el servicio de notificaciones no aceptó la notificación (%1).</translation>
    </message>
    <message>
        <source>Shows a desktop notification when it is time to re-authorize TikTok (from 5 days before the 30-day date, daily until done; at once when access can no longer be renewed) and when new handoff packs wait to be posted. At most one notification of a kind a day. Makes no TikTok API call.
--enable runs it daily and at login (a systemd user timer, else an autostart entry), --disable stops that, --status says which is installed.
Exit code: 0 (also when nothing could be shown), 1 --enable/--disable failed, 2 usage error.</source>
        <translation>Muestra una notificación en el escritorio cuando toca volver a autorizar TikTok (desde 5 días antes de la fecha de los 30 días, a diario hasta hacerlo; en seguida cuando el acceso ya no se puede renovar) y cuando hay paquetes de entrega nuevos esperando a publicarse. Como mucho una notificación de cada tipo al día. No llama a la API de TikTok.
--enable lo ejecuta a diario y al iniciar sesión (un temporizador de usuario de systemd o, si no, una entrada de inicio automático), --disable lo detiene, --status dice qué está instalado.
Código de salida: 0 (también cuando no se pudo mostrar nada), 1 falló --enable/--disable, 2 error de uso.</translation>
    </message>
    <message>
        <source>Run the reminders daily and at login.</source>
        <translation>Ejecutar los recordatorios a diario y al iniciar sesión.</translation>
    </message>
    <message>
        <source>Stop running the reminders.</source>
        <translation>Dejar de ejecutar los recordatorios.</translation>
    </message>
    <message>
        <source>Say whether the reminders run.</source>
        <translation>Decir si los recordatorios se ejecutan.</translation>
    </message>
    <message>
        <source>--enable, --disable and --status exclude each other</source>
        <translation>--enable, --disable y --status se excluyen entre sí</translation>
    </message>
    <message>
        <source>desktop notifications are not available (%1). Run &apos;skybeam-setup status&apos; to see what is due.</source>
        <translation>las notificaciones de escritorio no están disponibles (%1). Ejecute &apos;skybeam-setup status&apos; para ver qué está pendiente.</translation>
    </message>
</context>
<context>
    <name>revoke</name>
    <message>
        <source>Revokes the TikTok access token and removes the stored tokens (the client key and secret are kept).
Exit code: 0 done, 1 failed (nothing changed), 2 usage error.</source>
        <translation>Revoca el token de acceso de TikTok y quita los tokens guardados (la clave y el secreto de cliente se conservan).
Código de salida: 0 hecho, 1 fallido (no se ha cambiado nada), 2 error de uso.</translation>
    </message>
    <message>
        <source>No tokens are stored in %1; nothing to revoke.</source>
        <translation>No hay tokens guardados en %1; no hay nada que revocar.</translation>
    </message>
    <message>
        <source>TikTok had already invalidated the tokens; removed them from %1 (client key and secret kept).</source>
        <translation>TikTok ya había invalidado los tokens; se han quitado de %1 (se conservan la clave y el secreto de cliente).</translation>
    </message>
    <message>
        <source>Revoked the access token at TikTok and removed the tokens from %1 (client key and secret kept).</source>
        <translation>Se ha revocado el token de acceso en TikTok y se han quitado los tokens de %1 (se conservan la clave y el secreto de cliente).</translation>
    </message>
    <message>
        <source>Note: the keychain was not updated (%1).</source>
        <translation>Nota: no se ha actualizado el llavero (%1).</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Shows the TikTok connection: the account, when the tokens expire, when to re-authorize, the keychain, the reminders and the handoff packs not marked posted. Makes no TikTok API call.
Exit code: 0 nothing needs you, 1 something does (re-authorize due or overdue, access expired, not set up, broken file), 2 usage error.</source>
        <translation>Muestra la conexión con TikTok: la cuenta, cuándo caducan los tokens, cuándo volver a autorizar, el llavero, los recordatorios y los paquetes de entrega sin marcar como publicados. No llama a la API de TikTok.
Código de salida: 0 no hay nada que hacer, 1 hay algo que hacer (volver a autorizar pronto o con retraso, acceso caducado, sin configurar, archivo dañado), 2 error de uso.</translation>
    </message>
    <message>
        <source>Print the result as JSON (stable keys, see the README).</source>
        <translation>Mostrar el resultado como JSON (claves estables, ver el README).</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>Checks the TikTok credential file the SKYBEAM publisher reads, and prints the runbook&apos;s report.
Exit code: 0 PASS, 1 FAIL, 2 usage error.</source>
        <translation>Comprueba el archivo de credenciales de TikTok que lee el publicador de SKYBEAM y muestra el informe del runbook.
Código de salida: 0 PASS, 1 FAIL, 2 error de uso.</translation>
    </message>
    <message>
        <source>Check the TikTok credentials (the default; TikTok is the only platform).</source>
        <translation>Comprobar las credenciales de TikTok (la opción predeterminada; TikTok es la única plataforma).</translation>
    </message>
    <message>
        <source>Also check file mode 0600, token and refresh-token expiry, the video.upload scope and the 30-day re-authorization.</source>
        <translation>Comprobar además el modo de archivo 0600, la caducidad del token de acceso y del de actualización, el scope video.upload y la nueva autorización cada 30 días.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
</context>
</TS>
