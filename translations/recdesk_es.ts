<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear text</source>
        <translation>Borrar el texto</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>add note</source>
        <translation>añadir nota</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (request id %2).</source>
        <translation>%1 (id de solicitud %2).</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>la plataforma</translation>
    </message>
    <message>
        <source>the analytics service</source>
        <translation>el servicio de analítica</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>el asistente</translation>
    </message>
    <message>
        <source>the download server</source>
        <translation>el servidor de descargas</translation>
    </message>
    <message>
        <source>Recdesk</source>
        <translation>Recdesk</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se canceló la operación.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Could not reach %1: check the network connection and the server address, then try again</source>
        <translation>No se pudo conectar con %1: revise la conexión de red y la dirección del servidor, y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 did not answer in time: try again later</source>
        <translation>%1 no respondió a tiempo: vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>%1 sent an answer Recdesk cannot read: try again, and report it if it persists</source>
        <translation>%1 envió una respuesta que Recdesk no puede leer: vuelva a intentarlo y, si el problema continúa, repórtelo</translation>
    </message>
    <message>
        <source>The platform refused the sign-in: check the username and password</source>
        <translation>La plataforma rechazó el inicio de sesión: revise el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>The platform did not accept the credentials: check the username and password or the access key in the profile</source>
        <translation>La plataforma no aceptó las credenciales: revise el nombre de usuario y la contraseña, o la clave de acceso del perfil</translation>
    </message>
    <message>
        <source>Your account may not view recordings: ask an administrator or manager for access</source>
        <translation>Su cuenta no tiene permiso para ver grabaciones: solicite acceso a un administrador o supervisor</translation>
    </message>
    <message>
        <source>Your account may not do this on the platform: ask an administrator for access</source>
        <translation>Su cuenta no tiene permiso para hacer esto en la plataforma: solicite acceso a un administrador</translation>
    </message>
    <message>
        <source>The platform could not find it: it may have been deleted, refresh the list</source>
        <translation>La plataforma no lo encontró: es posible que se haya eliminado; actualice la lista</translation>
    </message>
    <message>
        <source>The platform cannot give out download links right now: ask its administrator to configure URL signing</source>
        <translation>La plataforma no puede entregar enlaces de descarga en este momento: pida a su administrador que configure la firma de URL</translation>
    </message>
    <message>
        <source>The platform refused the request: %1</source>
        <translation>La plataforma rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The analytics service refused the client id or secret: check them in the profile</source>
        <translation>El servicio de analítica rechazó el id o el secreto de cliente: revíselos en el perfil</translation>
    </message>
    <message>
        <source>The analytics service refused the upload: %1</source>
        <translation>El servicio de analítica rechazó la carga: %1</translation>
    </message>
    <message>
        <source>The assistant refused the API key: check it in the profile</source>
        <translation>El asistente rechazó la clave de API: revísela en el perfil</translation>
    </message>
    <message>
        <source>The file is too large for the assistant's knowledge base</source>
        <translation>El archivo es demasiado grande para la base de conocimiento del asistente</translation>
    </message>
    <message>
        <source>The assistant does not accept this type of file</source>
        <translation>El asistente no acepta este tipo de archivo</translation>
    </message>
    <message>
        <source>The assistant refused the upload: %1</source>
        <translation>El asistente rechazó la carga: %1</translation>
    </message>
    <message>
        <source>The download link has expired: try again to get a fresh one</source>
        <translation>El enlace de descarga venció: vuelva a intentarlo para obtener uno nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: try again in %n second(s)</source>
        <translation>
            <numerusform>%1 está ocupado: vuelva a intentarlo en %n segundo</numerusform>
            <numerusform>%1 está ocupado: vuelva a intentarlo en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is busy: try again in a moment</source>
        <translation>%1 está ocupado: vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2): try again later</source>
        <translation>%1 tuvo un problema (HTTP %2): vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 rechazó la solicitud (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2)</source>
        <translation>%1 rechazó la solicitud (HTTP %2)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id de solicitud</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Reintentar después de</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Retryable</source>
        <translation>Se puede reintentar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The proxy refused the user name and password: check the proxy settings of the profile</source>
        <translation>El proxy rechazó el nombre de usuario y la contraseña: revise la configuración de proxy del perfil</translation>
    </message>
    <message>
        <source>The proxy at %1 refused the user name and password: check the proxy settings of the profile</source>
        <translation>El proxy en %1 rechazó el nombre de usuario y la contraseña: revise la configuración de proxy del perfil</translation>
    </message>
    <message>
        <source>Could not reach the proxy at %1: check the proxy settings of the profile</source>
        <translation>No se pudo conectar con el proxy en %1: revise la configuración de proxy del perfil</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: check the network connection and the server address, then try again</source>
        <translation>No se pudo contactar con %1 en %2: revise la conexión de red y la dirección del servidor, y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>This recording has not ended yet: its audio can be downloaded or sent once it has ended</source>
        <translation>Esta grabación aún no ha terminado: su audio se puede descargar o enviar cuando haya terminado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>CallEnums</name>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Remote party</source>
        <translation>Parte remota</translation>
    </message>
    <message>
        <source>Local party</source>
        <translation>Parte local</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Dial-out</source>
        <translation>Marcación saliente</translation>
    </message>
    <message>
        <source>Answering machine</source>
        <translation>Contestador automático</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Recdesk on the command line: browse, download and upload contact-center recordings and files.</source>
        <translation>Recdesk en la línea de comandos: explore, descargue y suba grabaciones y archivos del centro de contacto.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Use the saved profile P.</source>
        <translation>Usa el perfil guardado P.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and use its demo accounts.</source>
        <translation>Inicia el entorno de pruebas integrado y usa sus cuentas de demostración.</translation>
    </message>
    <message>
        <source>Data folder of the demo sandbox.</source>
        <translation>Carpeta de datos del entorno de pruebas de demostración.</translation>
    </message>
    <message>
        <source>Let the demo sandbox answer like the live services.</source>
        <translation>Hace que el entorno de pruebas de demostración responda como los servicios reales.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Imprime JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>No progress and no notes on standard error.</source>
        <translation>Sin progreso ni notas en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Show progress even when standard error is not a terminal.</source>
        <translation>Muestra el progreso aunque la salida de error estándar no sea una terminal.</translation>
    </message>
    <message>
        <source>List at most N items.</source>
        <translation>Lista como máximo N elementos.</translation>
    </message>
    <message>
        <source>Download folder, or upload destination.</source>
        <translation>Carpeta de descarga o destino de la carga.</translation>
    </message>
    <message>
        <source>Analytics metadata as a JSON file.</source>
        <translation>Metadatos de analítica en un archivo JSON.</translation>
    </message>
    <message>
        <source>Platform upload: the file's name.</source>
        <translation>Carga a la plataforma: el nombre del archivo.</translation>
    </message>
    <message>
        <source>Platform upload: the file's detail.</source>
        <translation>Carga a la plataforma: el detalle del archivo.</translation>
    </message>
    <message>
        <source>Transfers at once (default 3).</source>
        <translation>Transferencias simultáneas (3 de forma predeterminada).</translation>
    </message>
    <message>
        <source>--limit needs a whole number above zero.</source>
        <translation>--limit requiere un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to 16.</source>
        <translation>--parallel requiere un número del 1 al 16.</translation>
    </message>
    <message>
        <source>Use either --profile or --demo, not both.</source>
        <translation>Use --profile o --demo, pero no ambos.</translation>
    </message>
    <message>
        <source>Missing command.</source>
        <translation>Falta el comando.</translation>
    </message>
    <message>
        <source>%1 needs one of: list, show, download, delete.</source>
        <translation>%1 requiere uno de estos: list, show, download, delete.</translation>
    </message>
    <message>
        <source>%1 %2 needs at least one id.</source>
        <translation>%1 %2 requiere al menos un id.</translation>
    </message>
    <message>
        <source>%1 show takes exactly one id.</source>
        <translation>%1 show admite exactamente un id.</translation>
    </message>
    <message>
        <source>upload needs --to platform, analytics or assistant.</source>
        <translation>upload requiere --to platform, analytics o assistant.</translation>
    </message>
    <message>
        <source>upload needs at least one file.</source>
        <translation>upload requiere al menos un archivo.</translation>
    </message>
    <message>
        <source>send-to-analytics needs at least one recording id.</source>
        <translation>send-to-analytics requiere al menos un id de grabación.</translation>
    </message>
    <message>
        <source>profile needs one of: list, show, set, remove, secret.</source>
        <translation>profile requiere uno de estos: list, show, set, remove, secret.</translation>
    </message>
    <message>
        <source>profile %1 needs a profile name.</source>
        <translation>profile %1 requiere un nombre de perfil.</translation>
    </message>
    <message>
        <source>profile secret needs a profile name and a secret kind.</source>
        <translation>profile secret requiere un nombre de perfil y un tipo de secreto.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Comando desconocido "%1".</translation>
    </message>
    <message>
        <source>Recordings: do not look up calls and agents (no agent, customer, direction or outcome; send-to-analytics pre-fills nothing from the call).</source>
        <translation>Grabaciones: no consultar llamadas ni agentes (sin agente, cliente, dirección ni resultado; send-to-analytics no rellena nada a partir de la llamada).</translation>
    </message>
    <message>
        <source>--%1 needs a day written YYYY-MM-DD, e.g. 2026-11-24.</source>
        <translation>--%1 necesita un día escrito AAAA-MM-DD, p. ej. 2026-11-24.</translation>
    </message>
    <message>
        <source>--to-day is before --from: the range would be empty.</source>
        <translation>--to-day es anterior a --from: el intervalo quedaría vacío.</translation>
    </message>
    <message>
        <source>Usage:
  recdeskctl [--profile P | --demo] [--json] files list [--limit N]
  recdeskctl [--profile P | --demo] files show ID
  recdeskctl [--profile P | --demo] files download ID... [--to DIR]
  recdeskctl [--profile P | --demo] files delete ID...
  recdeskctl [--profile P | --demo] recordings list|show|download|delete ... [--no-lookup]
  recdeskctl [--profile P | --demo] files|recordings list [--from DAY] [--to-day DAY]
  recdeskctl [--profile P | --demo] upload --to platform|analytics|assistant FILE...
             [--metadata meta.json | --agent-code C ...] [--name N] [--detail D]
  recdeskctl [--profile P | --demo] send-to-analytics RECORDING_ID... [--metadata meta.json | ...]
             [--no-lookup]   (metadata is pre-filled from the call and agent unless given)
  recdeskctl [--profile P | --demo] reviews export [--format csv|json] [--output FILE]
             [--state reviewed|flagged|not-reviewed] [--from DAY] [--to-day DAY]
             (the reviews kept on this machine; no network, no sign-in)
  recdeskctl profile list | show P | remove P
  recdeskctl profile set P key=value...   (platform-url, auth=password|accesskey, username,
             analytics-url, client-id, assistant-url, assistant-user, timeout, download-folder,
             proxy=system|none|manual, proxy-host, proxy-port, proxy-user)
  recdeskctl profile secret P platform-password|platform-access-key|analytics-client-secret|
             assistant-api-key|proxy-password   (reads the value from standard input)
Exit codes: 0 ok, 1 failure, 2 usage, 3 credentials refused, 4 not found, 5 service
unavailable, 6 invalid input, 7 not allowed, 8 local file error, 130 cancelled.
</source>
        <translation>Uso:
  recdeskctl [--profile P | --demo] [--json] files list [--limit N]
  recdeskctl [--profile P | --demo] files show ID
  recdeskctl [--profile P | --demo] files download ID... [--to DIR]
  recdeskctl [--profile P | --demo] files delete ID...
  recdeskctl [--profile P | --demo] recordings list|show|download|delete ... [--no-lookup]
  recdeskctl [--profile P | --demo] files|recordings list [--from DAY] [--to-day DAY]
  recdeskctl [--profile P | --demo] upload --to platform|analytics|assistant FILE...
             [--metadata meta.json | --agent-code C ...] [--name N] [--detail D]
  recdeskctl [--profile P | --demo] send-to-analytics RECORDING_ID... [--metadata meta.json | ...]
             [--no-lookup]   (los metadatos se rellenan con la llamada y el agente si no se dan)
  recdeskctl [--profile P | --demo] reviews export [--format csv|json] [--output FILE]
             [--state reviewed|flagged|not-reviewed] [--from DAY] [--to-day DAY]
             (las revisiones guardadas en este equipo; sin red ni inicio de sesión)
  recdeskctl profile list | show P | remove P
  recdeskctl profile set P key=value...   (platform-url, auth=password|accesskey, username,
             analytics-url, client-id, assistant-url, assistant-user, timeout, download-folder,
             proxy=system|none|manual, proxy-host, proxy-port, proxy-user)
  recdeskctl profile secret P platform-password|platform-access-key|analytics-client-secret|
             assistant-api-key|proxy-password   (lee el valor de la entrada estándar)
Códigos de salida: 0 correcto, 1 fallo, 2 uso, 3 credenciales rechazadas, 4 no encontrado,
5 servicio no disponible, 6 entrada no válida, 7 no permitido, 8 error de archivo local, 130 cancelado.
</translation>
    </message>
    <message>
        <source>List: items created on or after this day; reviews export: recordings started on or after it (YYYY-MM-DD, local time).</source>
        <translation>List: elementos creados este día o después; reviews export: grabaciones iniciadas ese día o después (AAAA-MM-DD, hora local).</translation>
    </message>
    <message>
        <source>List: items created on or before this day; reviews export: recordings started on or before it (YYYY-MM-DD, local time).</source>
        <translation>List: elementos creados este día o antes; reviews export: grabaciones iniciadas ese día o antes (AAAA-MM-DD, hora local).</translation>
    </message>
    <message>
        <source>reviews export: csv (the default) or json.</source>
        <translation>reviews export: csv (predeterminado) o json.</translation>
    </message>
    <message>
        <source>reviews export: write to this file instead of standard output.</source>
        <translation>reviews export: escribir en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>reviews export: only reviewed, flagged or not-reviewed recordings.</source>
        <translation>reviews export: solo grabaciones revisadas (reviewed), marcadas (flagged) o sin revisar (not-reviewed).</translation>
    </message>
    <message>
        <source>files, recordings, upload, send-to-analytics, reviews or profile.</source>
        <translation>files, recordings, upload, send-to-analytics, reviews o profile.</translation>
    </message>
    <message>
        <source>--format needs csv or json.</source>
        <translation>--format necesita csv o json.</translation>
    </message>
    <message>
        <source>--json and --format csv ask for two formats: give one.</source>
        <translation>--json y --format csv piden dos formatos: indique uno.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--state needs reviewed, flagged or not-reviewed.</source>
        <translation>--state necesita reviewed, flagged o not-reviewed.</translation>
    </message>
    <message>
        <source>reviews needs one action: export.</source>
        <translation>reviews necesita una acción: export.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>El entorno de pruebas de demostración no se inició: %1</translation>
    </message>
    <message>
        <source>No profile chosen: use --profile P, --demo, or create one with "recdeskctl profile set P ...".</source>
        <translation>No se eligió ningún perfil: use --profile P o --demo, o cree uno con "recdeskctl profile set P ...".</translation>
    </message>
    <message>
        <source>There is no profile "%1": see "recdeskctl profile list".</source>
        <translation>No existe el perfil "%1": consulte "recdeskctl profile list".</translation>
    </message>
    <message>
        <source>Could not read the profile's secrets from the keychain (%1): unlock it, or set RECDESK_PLATFORM_PASSWORD or RECDESK_PLATFORM_ACCESS_KEY.</source>
        <translation>No se pudieron leer los secretos del perfil en el llavero (%1): desbloquéelo o defina RECDESK_PLATFORM_PASSWORD o RECDESK_PLATFORM_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>edit note</source>
        <translation>editar nota</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>MainLayout</name>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>&amp;Recordings</source>
        <translation>&amp;Grabaciones</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
</context>
<context>
    <name>MetadataValidator</name>
    <message>
        <source>File name is required: give the name the interaction should have, e.g. call-0001.wav.</source>
        <translation>El nombre de archivo es obligatorio: indique el nombre que debe tener la interacción, por ejemplo, call-0001.wav.</translation>
    </message>
    <message>
        <source>File name "%1" is not a valid path: use folder/name.ext with forward slashes, no empty, "." or ".." parts.</source>
        <translation>El nombre de archivo "%1" no es una ruta válida: use carpeta/nombre.ext con barras diagonales, sin partes vacías, "." ni "..".</translation>
    </message>
    <message>
        <source>Upload type is required: choose Audio or Chat.</source>
        <translation>El tipo de carga es obligatorio: elija Audio o Chat.</translation>
    </message>
    <message>
        <source>Upload type "%1" is not known: choose Audio or Chat.</source>
        <translation>El tipo de carga "%1" no es conocido: elija Audio o Chat.</translation>
    </message>
    <message>
        <source>The extension "%1" is not allowed for %2 uploads: use one of %3.</source>
        <translation>La extensión "%1" no está permitida para cargas de %2: use una de estas: %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>The file name's extension (%1) must match the uploaded file's (%2).</source>
        <translation>La extensión del nombre de archivo (%1) debe coincidir con la del archivo que se sube (%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The file is larger than the 2.5 GB the analytics service accepts.</source>
        <translation>El archivo supera los 2.5 GB que acepta el servicio de analítica.</translation>
    </message>
    <message>
        <source>Locale %1 is not supported: use 1033 (English) or 2058 (Spanish).</source>
        <translation>El idioma %1 no es compatible: use 1033 (inglés) o 2058 (español).</translation>
    </message>
    <message>
        <source>Interaction date "%1" is not an ISO 8601 date: use 2022-03-19, 2022-03-18T21:52:26Z or 2022-03-18T17:56:09-04:00.</source>
        <translation>La fecha de la interacción "%1" no es una fecha ISO 8601: use 2022-03-19, 2022-03-18T21:52:26Z o 2022-03-18T17:56:09-04:00.</translation>
    </message>
    <message>
        <source>Call direction "%1" is not known: use Inbound or Outbound.</source>
        <translation>La dirección de la llamada "%1" no es conocida: use Inbound (entrante) u Outbound (saliente).</translation>
    </message>
    <message>
        <source>Hierarchy id "%1" is not a UUID (like 00000000-0000-0000-0000-000000000002).</source>
        <translation>El id de jerarquía "%1" no es un UUID (como 00000000-0000-0000-0000-000000000002).</translation>
    </message>
    <message>
        <source>E-mail "%1" does not look like an address (name@example.com).</source>
        <translation>El correo electrónico "%1" no parece una dirección válida (nombre@example.com).</translation>
    </message>
    <message>
        <source>Phone "%1" does not look like a phone number: use digits, spaces, +, -, ( and ).</source>
        <translation>El teléfono "%1" no parece un número de teléfono: use dígitos, espacios, +, -, ( y ).</translation>
    </message>
    <message>
        <source>Every extra value needs a key.</source>
        <translation>Cada valor adicional necesita una clave.</translation>
    </message>
    <message>
        <source>The extra key "%1" is used twice.</source>
        <translation>La clave adicional "%1" se usa dos veces.</translation>
    </message>
    <message>
        <source>The extension "%1" is not allowed: use one of %2 (Audio) or %3 (Chat).</source>
        <translation>La extensión "%1" no está permitida: use una de %2 (audio) o %3 (chat).</translation>
    </message>
</context>
<context>
    <name>PageCursor</name>
    <message>
        <source>The server sent a page cursor it had sent before, so the list would never end. The listing was stopped; try again later or report it to the platform's administrator.</source>
        <translation>El servidor envió un cursor de página que ya había enviado, así que la lista no terminaría nunca. Se detuvo el listado; inténtelo más tarde o avise al administrador de la plataforma.</translation>
    </message>
    <message>
        <source>The server's next page would not start before the last one, so the list would never end. The listing was stopped; try again later or report it to the platform's administrator.</source>
        <translation>La siguiente página del servidor no empezaría antes que la anterior, así que la lista no terminaría nunca. Se detuvo el listado; inténtelo más tarde o avise al administrador de la plataforma.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>About the demo profile</source>
        <translation>Acerca del perfil de demostración</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Nombre del &amp;perfil:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Telephony platform</source>
        <translation>Plataforma de telefonía</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>URL de la plataforma</translation>
    </message>
    <message>
        <source>https://api.voipbin.net/v1.0</source>
        <translation>https://api.voipbin.net/v1.0</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom&amp;bre de usuario:</translation>
    </message>
    <message>
        <source>Platform user name</source>
        <translation>Nombre de usuario de la plataforma</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Platform password</source>
        <translation>Contraseña de la plataforma</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>Cla&amp;ve de acceso:</translation>
    </message>
    <message>
        <source>Platform access key</source>
        <translation>Clave de acceso de la plataforma</translation>
    </message>
    <message>
        <source>Speech analytics</source>
        <translation>Analítica de voz</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>Analytics URL</source>
        <translation>URL de analítica</translation>
    </message>
    <message>
        <source>https://api.authcx.com</source>
        <translation>https://api.authcx.com</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Id de cliente:</translation>
    </message>
    <message>
        <source>Analytics client id</source>
        <translation>Id de cliente de analítica</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Analytics client secret</source>
        <translation>Secreto de cliente de analítica</translation>
    </message>
    <message>
        <source>Assistant knowledge base</source>
        <translation>Base de conocimiento del asistente</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>Assistant URL</source>
        <translation>URL del asistente</translation>
    </message>
    <message>
        <source>https://api.dify.ai/v1</source>
        <translation>https://api.dify.ai/v1</translation>
    </message>
    <message>
        <source>API k&amp;ey:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Assistant API key</source>
        <translation>Clave de API del asistente</translation>
    </message>
    <message>
        <source>User i&amp;d:</source>
        <translation>I&amp;d de usuario:</translation>
    </message>
    <message>
        <source>Assistant user id</source>
        <translation>Id de usuario del asistente</translation>
    </message>
    <message>
        <source>recdesk</source>
        <translation>recdesk</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Estado del perfil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>Usar es&amp;te perfil</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Usar este perfil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy de red</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Servidor proxy:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Servidor del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>Puert&amp;o del proxy:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Proxy user n&amp;ame:</source>
        <translation>Usu&amp;ario del proxy:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Solo si el proxy lo pide</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Contraseña del pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
</context>
<context>
    <name>RecordingLegs</name>
    <message>
        <source>The recording archive cannot be opened (error %1).</source>
        <translation>No se puede abrir el archivo comprimido de la grabación (error %1).</translation>
    </message>
    <message>
        <source>The recording archive does not hold both legs (an "_in.wav" and an "_out.wav").</source>
        <translation>El archivo comprimido de la grabación no contiene ambos canales (un "_in.wav" y un "_out.wav").</translation>
    </message>
    <message>
        <source>The recording archive is damaged.</source>
        <translation>El archivo comprimido de la grabación está dañado.</translation>
    </message>
    <message>
        <source>The leg %1 cannot be read from the archive (error %2).</source>
        <translation>No se puede leer el canal %1 del archivo comprimido (error %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The leg %1 is damaged in the archive.</source>
        <translation>El canal %1 está dañado en el archivo comprimido.</translation>
    </message>
    <message>
        <source>The leg %1 is larger than allowed.</source>
        <translation>El canal %1 es más grande de lo permitido.</translation>
    </message>
    <message>
        <source>The leg %1 is damaged in the archive (checksum).</source>
        <translation>El canal %1 está dañado en el archivo comprimido (suma de verificación).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Both legs must be mono 16-bit PCM WAV files.</source>
        <translation>Ambos canales deben ser archivos WAV PCM mono de 16 bits.</translation>
    </message>
    <message>
        <source>The legs have different sample rates (%1 Hz and %2 Hz).</source>
        <translation>Los canales tienen frecuencias de muestreo distintas (%1 Hz y %2 Hz).</translation>
    </message>
    <message>
        <source>The recording is too long for one WAV file.</source>
        <translation>La grabación es demasiado larga para un solo archivo WAV.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The leg %1 says it is larger than its archive can hold; it was not unpacked.</source>
        <translation>La parte %1 dice ser más grande de lo que su archivo puede contener; no se descomprimió.</translation>
    </message>
</context>
<context>
    <name>RemoveNoteCommand</name>
    <message>
        <source>delete note</source>
        <translation>eliminar nota</translation>
    </message>
</context>
<context>
    <name>ReviewStateText</name>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
</context>
<context>
    <name>SetReviewStateCommand</name>
    <message>
        <source>mark as reviewed</source>
        <translation>marcar como revisada</translation>
    </message>
    <message>
        <source>mark as flagged</source>
        <translation>marcar como marcada</translation>
    </message>
    <message>
        <source>mark as not reviewed</source>
        <translation>marcar como sin revisar</translation>
    </message>
</context>
<context>
    <name>SilenceDetector</name>
    <message>
        <source>Silence can only be found in 16-bit PCM audio.</source>
        <translation>Solo se pueden buscar silencios en audio PCM de 16 bits.</translation>
    </message>
    <message>
        <source>The silence settings are out of range.</source>
        <translation>Los ajustes de silencio están fuera de rango.</translation>
    </message>
    <message>
        <source>The audio data cannot be reached.</source>
        <translation>No se puede acceder a los datos de audio.</translation>
    </message>
</context>
<context>
    <name>TransferItem</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
</context>
<context>
    <name>TransferSummary</name>
    <message>
        <source>%L1 running, %L2 waiting</source>
        <translation>%L1 en curso, %L2 en espera</translation>
    </message>
    <message>
        <source>%L1 running</source>
        <translation>%L1 en curso</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s) done</source>
        <translation>
            <numerusform>%Ln transferencia completada</numerusform>
            <numerusform>%Ln transferencias completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallida</numerusform>
            <numerusform>%Ln fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers finished: %L1 done, %L2 failed. See the transfers panel.</source>
        <translation>Transferencias terminadas: %L1 completadas, %L2 fallidas. Consulte el panel de transferencias.</translation>
    </message>
    <message>
        <source>All transfers finished (%L1 done).</source>
        <translation>Todas las transferencias terminaron (%L1 completadas).</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 hechas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltan %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload files</source>
        <translation>Subir archivos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Archivos por subir</translation>
    </message>
    <message>
        <source>File problems</source>
        <translation>Problemas de los archivos</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Agregar archivos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove selected files</source>
        <translation>Quitar los archivos seleccionados</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>&amp;Platform files</source>
        <translation>Archivos de la &amp;plataforma</translation>
    </message>
    <message>
        <source>Send to platform files</source>
        <translation>Enviar a los archivos de la plataforma</translation>
    </message>
    <message>
        <source>Speech a&amp;nalytics</source>
        <translation>A&amp;nalítica de voz</translation>
    </message>
    <message>
        <source>Send to speech analytics</source>
        <translation>Enviar a analítica de voz</translation>
    </message>
    <message>
        <source>Assistant &amp;knowledge base</source>
        <translation>Base de &amp;conocimiento del asistente</translation>
    </message>
    <message>
        <source>Send to the assistant's knowledge base</source>
        <translation>Enviar a la base de conocimiento del asistente</translation>
    </message>
    <message>
        <source>Interaction details for speech analytics</source>
        <translation>Detalles de la interacción para analítica de voz</translation>
    </message>
    <message>
        <source>Agent &amp;first name:</source>
        <translation>Nom&amp;bre del agente:</translation>
    </message>
    <message>
        <source>Agent first name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <source>Agent &amp;last name:</source>
        <translation>Ap&amp;ellido del agente:</translation>
    </message>
    <message>
        <source>Agent last name</source>
        <translation>Apellido del agente</translation>
    </message>
    <message>
        <source>Agent &amp;code:</source>
        <translation>Códi&amp;go del agente:</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>Código del agente</translation>
    </message>
    <message>
        <source>Call &amp;direction:</source>
        <translation>&amp;Dirección de la llamada:</translation>
    </message>
    <message>
        <source>Call direction</source>
        <translation>Dirección de la llamada</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Language of the interaction</source>
        <translation>Idioma de la interacción</translation>
    </message>
    <message>
        <source>Interaction &amp;date:</source>
        <translation>&amp;Fecha de la interacción:</translation>
    </message>
    <message>
        <source>Set the interaction date</source>
        <translation>Indicar la fecha de la interacción</translation>
    </message>
    <message>
        <source>Send the date and time of the interaction</source>
        <translation>Enviar la fecha y hora de la interacción</translation>
    </message>
    <message>
        <source>Interaction date and time</source>
        <translation>Fecha y hora de la interacción</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>Nombre del c&amp;liente:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+52 55 5555 0100</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Client call &amp;id:</source>
        <translation>&amp;Id de llamada del cliente:</translation>
    </message>
    <message>
        <source>Client call id</source>
        <translation>Id de llamada del cliente</translation>
    </message>
    <message>
        <source>&amp;Hierarchy id:</source>
        <translation>Id de &amp;jerarquía:</translation>
    </message>
    <message>
        <source>Hierarchy id</source>
        <translation>Id de jerarquía</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Hierarchy c&amp;ode:</source>
        <translation>Código de je&amp;rarquía:</translation>
    </message>
    <message>
        <source>Hierarchy code</source>
        <translation>Código de jerarquía</translation>
    </message>
    <message>
        <source>Apply the hierarchy to the agent</source>
        <translation>Aplicar la jerarquía al agente</translation>
    </message>
    <message>
        <source>E&amp;xtra values (extended metadata):</source>
        <translation>Valores adicionales (metadatos e&amp;xtendidos):</translation>
    </message>
    <message>
        <source>Upload summary</source>
        <translation>Resumen de la carga</translation>
    </message>
</context>
<context>
    <name>WavReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>The audio cannot be read (not an open, seekable file).</source>
        <translation>No se puede leer el audio (no es un archivo abierto en el que se pueda buscar).</translation>
    </message>
    <message>
        <source>The file is too short to be a WAV file.</source>
        <translation>El archivo es demasiado corto para ser un archivo WAV.</translation>
    </message>
    <message>
        <source>The file is not a WAV file (no RIFF/WAVE header).</source>
        <translation>El archivo no es un archivo WAV (no tiene encabezado RIFF/WAVE).</translation>
    </message>
    <message>
        <source>The WAV format chunk is too short (%1 bytes).</source>
        <translation>El bloque de formato del WAV es demasiado corto (%1 bytes).</translation>
    </message>
    <message>
        <source>The WAV file is cut off inside its format chunk.</source>
        <translation>El archivo WAV está truncado dentro de su bloque de formato.</translation>
    </message>
    <message>
        <source>The WAV file has no format chunk.</source>
        <translation>El archivo WAV no tiene bloque de formato.</translation>
    </message>
    <message>
        <source>The WAV file has no audio data chunk.</source>
        <translation>El archivo WAV no tiene bloque de datos de audio.</translation>
    </message>
    <message>
        <source>The WAV file uses an encoding that is not supported (format %1).</source>
        <translation>El archivo WAV usa una codificación no compatible (formato %1).</translation>
    </message>
    <message>
        <source>The WAV format is not valid (%1 channels, %2 Hz, %3 bits).</source>
        <translation>El formato WAV no es válido (%1 canales, %2 Hz, %3 bits).</translation>
    </message>
    <message>
        <source>The WAV format is inconsistent (block size %1 for %2 channels of %3 bits).</source>
        <translation>El formato WAV es incoherente (tamaño de bloque %1 para %2 canales de %3 bits).</translation>
    </message>
    <message>
        <source>The audio data cannot be reached.</source>
        <translation>No se puede acceder a los datos de audio.</translation>
    </message>
</context>
<context>
    <name>WaveformPeaks</name>
    <message>
        <source>The waveform needs 16-bit PCM audio.</source>
        <translation>La forma de onda requiere audio PCM de 16 bits.</translation>
    </message>
    <message>
        <source>The waveform needs between 1 and 1,000,000 points.</source>
        <translation>La forma de onda requiere entre 1 y 1,000,000 de puntos.</translation>
    </message>
    <message>
        <source>The audio data cannot be reached.</source>
        <translation>No se puede acceder a los datos de audio.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, play, download and upload contact-center recordings.</source>
        <translation>Explore, reproduzca, descargue y suba grabaciones del centro de contacto.</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox with sample data.</source>
        <translation>Ejecutar con el entorno de pruebas integrado y datos de ejemplo.</translation>
    </message>
</context>
<context>
    <name>recdesk::AnalyticsClient</name>
    <message>
        <source>The token answer has no access_token</source>
        <translation>La respuesta del token no incluye access_token</translation>
    </message>
    <message>
        <source>Cannot read %1: check that it exists and may be read</source>
        <translation>No se puede leer %1: verifique que exista y que se pueda leer</translation>
    </message>
</context>
<context>
    <name>recdesk::AssistantClient</name>
    <message>
        <source>Cannot read %1: check that it exists and may be read</source>
        <translation>No se puede leer %1: verifique que exista y que se pueda leer</translation>
    </message>
</context>
<context>
    <name>recdesk::DownloadJob</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The connection closed before the whole file arrived</source>
        <translation>La conexión se cerró antes de recibir el archivo completo</translation>
    </message>
    <message>
        <source>The download restarts from the beginning</source>
        <translation>La descarga se reinicia desde el principio</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>No se puede cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>The download server was asked %1 times without sending the whole file; Recdesk gave up. Try again later.</source>
        <translation>Se pidió el archivo %1 veces al servidor de descargas sin que lo enviara completo; Recdesk desistió. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>%1 is not a plain file (a link, a folder or a device); it was left alone. Move it away and try again.</source>
        <translation>%1 no es un archivo normal (es un enlace, una carpeta o un dispositivo); no se tocó. Muévalo a otro sitio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The download server sent the file encoded (%1) although Recdesk asked for the bytes as stored; nothing was saved as the file.</source>
        <translation>El servidor de descargas envió el archivo codificado (%1) aunque Recdesk pidió los bytes tal como están guardados; no se guardó nada como archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The download server cut the connection %n time(s) and would not resume: it sent the file from the start again instead of the missing part.</source>
        <translation>
            <numerusform>El servidor de descargas cortó la conexión %n vez y no quiso reanudar: volvió a enviar el archivo desde el principio en lugar de la parte que faltaba.</numerusform>
            <numerusform>El servidor de descargas cortó la conexión %n veces y no quiso reanudar: volvió a enviar el archivo desde el principio en lugar de la parte que faltaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download server answered %1 without the file or a place to get it from; nothing was saved.</source>
        <translation>El servidor de descargas respondió %1 sin el archivo ni un lugar de donde obtenerlo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The download server redirected to a %1 address, which Recdesk does not follow (only https); nothing was saved.</source>
        <translation>El servidor de descargas redirigió a una dirección %1, que Recdesk no sigue (solo https); no se guardó nada.</translation>
    </message>
    <message>
        <source>scheme-less</source>
        <translation>sin esquema</translation>
    </message>
    <message>
        <source>The download server redirected more than %1 times (a redirect loop); nothing was saved.</source>
        <translation>El servidor de descargas redirigió más de %1 veces (un bucle de redirecciones); no se guardó nada.</translation>
    </message>
    <message>
        <source>The download server sent %L1 bytes but the platform lists the file with %L2; the download was discarded.</source>
        <translation>El servidor de descargas envió %L1 bytes, pero la plataforma indica %L2 para el archivo; se descartó la descarga.</translation>
    </message>
    <message>
        <source>The download server answered %1 instead of the file; nothing was saved.</source>
        <translation>El servidor de descargas respondió %1 en lugar del archivo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The download address is not https (%1); Recdesk fetches files only over https, or over http from a service on this computer.</source>
        <translation>La dirección de descarga no es https (%1); Recdesk solo descarga archivos por https, o por http desde un servicio de este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>The download server sent nothing new for %n minute(s), over several tries; Recdesk gave up. Try again later.</source>
        <translation>
            <numerusform>El servidor de descargas no envió nada nuevo durante %n minuto, en varios intentos; Recdesk se rindió. Vuelva a intentarlo más tarde.</numerusform>
            <numerusform>El servidor de descargas no envió nada nuevo durante %n minutos, en varios intentos; Recdesk se rindió. Vuelva a intentarlo más tarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::FileTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>Vencimiento del enlace</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>recdesk::HistoryProbe</name>
    <message>
        <source>This list cannot be probed.</source>
        <translation>No se puede sondear esta lista.</translation>
    </message>
    <message>
        <source>The server sent a list that cannot be read.</source>
        <translation>El servidor envió una lista que no se puede leer.</translation>
    </message>
</context>
<context>
    <name>recdesk::PagedTableModel</name>
    <message>
        <source>The server sent a list that cannot be read: %1</source>
        <translation>El servidor envió una lista que no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>recdesk::PlatformClient</name>
    <message>
        <source>The sign-in answer has no token</source>
        <translation>La respuesta del inicio de sesión no incluye un token</translation>
    </message>
</context>
<context>
    <name>recdesk::PlatformPageSource</name>
    <message>
        <source>Not connected to the platform</source>
        <translation>Sin conexión con la plataforma</translation>
    </message>
</context>
<context>
    <name>recdesk::ProgressiveAudioDevice</name>
    <message>
        <source>The recording changed on the server while it was playing.</source>
        <translation>La grabación cambió en el servidor mientras se reproducía.</translation>
    </message>
    <message>
        <source>The recording could not be fetched.</source>
        <translation>No se pudo obtener la grabación.</translation>
    </message>
</context>
<context>
    <name>recdesk::RecordingAudioService</name>
    <message>
        <source>The joined recording could not be saved in the cache.</source>
        <translation>No se pudo guardar en la caché la grabación unida.</translation>
    </message>
    <message>
        <source>The two legs of this recording could not be joined: %1</source>
        <translation>No se pudieron unir las dos partes de esta grabación: %1</translation>
    </message>
</context>
<context>
    <name>recdesk::RecordingContextResolver</name>
    <message>
        <source>This account may not look up calls or agents, so recordings show ids instead of names, numbers and outcomes.</source>
        <translation>Esta cuenta no puede consultar llamadas ni agentes, así que las grabaciones muestran identificadores en lugar de nombres, números y resultados.</translation>
    </message>
</context>
<context>
    <name>recdesk::RecordingTableModel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, user name %2</source>
        <translation>%1, usuario %2</translation>
    </message>
    <message>
        <source>Hung up by: %1</source>
        <translation>Colgó: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>recdesk::ReplyGuard</name>
    <message>
        <source>The server's answer is larger than %1 MiB, far more than such an answer can be; it was not read.</source>
        <translation>La respuesta del servidor ocupa más de %1 MiB, mucho más de lo que puede ocupar una respuesta así; no se leyó.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not start its answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor no empezó a responder en %n segundo.</numerusform>
            <numerusform>El servidor no empezó a responder en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server's answer did not end within %n second(s) (it trickled in, or had no end).</source>
        <translation>
            <numerusform>La respuesta del servidor no terminó en %n segundo (llegaba a cuentagotas o no tenía fin).</numerusform>
            <numerusform>La respuesta del servidor no terminó en %n segundos (llegaba a cuentagotas o no tenía fin).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::ReviewAudioSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a playable WAV file: %2</source>
        <translation>%1 no es un archivo WAV reproducible: %2</translation>
    </message>
    <message>
        <source>%1 cannot be played for review: only 16-bit PCM WAV with one or two channels can be (this one has %2 bits, %3 channels, format %4).</source>
        <translation>%1 no se puede reproducir para revisión: solo WAV PCM de 16 bits con uno o dos canales (este tiene %2 bits, %3 canales, formato %4).</translation>
    </message>
</context>
<context>
    <name>recdesk::ReviewNoteModel</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>recdesk::ReviewPlayer</name>
    <message>
        <source>No audio output device is available.</source>
        <translation>No hay ningún dispositivo de salida de audio disponible.</translation>
    </message>
</context>
<context>
    <name>recdesk::ReviewStore</name>
    <message>
        <source>The review database %1 could not be read or written: %2</source>
        <translation>No se pudo leer ni escribir la base de datos de revisiones %1: %2</translation>
    </message>
    <message>
        <source>The review database is not open.</source>
        <translation>La base de datos de revisiones no está abierta.</translation>
    </message>
    <message>
        <source>The folder of the review database %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de la base de datos de revisiones %1.</translation>
    </message>
    <message>
        <source>The review database cannot be opened: Qt's SQLite driver is missing.</source>
        <translation>No se puede abrir la base de datos de revisiones: falta el controlador SQLite de Qt.</translation>
    </message>
    <message>
        <source>The review database %1 could not be opened: %2</source>
        <translation>No se pudo abrir la base de datos de revisiones %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Recdesk review database (%2).</source>
        <translation>%1 no es una base de datos de revisiones de Recdesk (%2).</translation>
    </message>
    <message>
        <source>The review database %1 was written by a newer Recdesk (schema version %2; this one reads up to %3): update Recdesk to open it.</source>
        <translation>La base de datos de revisiones %1 la escribió un Recdesk más nuevo (versión de esquema %2; este lee hasta la %3): actualice Recdesk para abrirla.</translation>
    </message>
    <message>
        <source>%1 is not a Recdesk review database.</source>
        <translation>%1 no es una base de datos de revisiones de Recdesk.</translation>
    </message>
    <message>
        <source>The review database %1 could not be written: %2</source>
        <translation>No se pudo escribir la base de datos de revisiones %1: %2</translation>
    </message>
    <message>
        <source>A review needs the recording's id.</source>
        <translation>Una revisión necesita el id de la grabación.</translation>
    </message>
    <message>
        <source>A note's moment cannot be before the start of the recording.</source>
        <translation>El momento de una nota no puede ser anterior al inicio de la grabación.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>There is no review note %1.</source>
        <translation>No existe la nota de revisión %1.</translation>
    </message>
    <message>
        <source>This note cannot be restored: it was never stored.</source>
        <translation>Esta nota no se puede restaurar: nunca se guardó.</translation>
    </message>
</context>
<context>
    <name>recdesk::SecretStore</name>
    <message>
        <source>The keychain is not available</source>
        <translation>El llavero no está disponible</translation>
    </message>
</context>
<context>
    <name>recdesk::ServiceClient</name>
    <message>
        <source>A redirect without a Location</source>
        <translation>Una redirección sin encabezado Location</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
</context>
<context>
    <name>recdesk::SlicedListing</name>
    <message>
        <source>This list cannot be loaded in parallel.</source>
        <translation>Esta lista no se puede cargar en paralelo.</translation>
    </message>
</context>
<context>
    <name>recdesk::TransferQueue</name>
    <message>
        <source>Interrupted while uploading: it may or may not have reached %1. Check there, then retry if it did not.</source>
        <translation>Se interrumpió durante la carga: puede que haya llegado o no a %1. Revíselo allí y vuelva a intentarlo si no llegó.</translation>
    </message>
</context>
<context>
    <name>recdesk::TransferTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>recdesk::UploadJob</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>recdesk::Workspace</name>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain.</source>
        <translation>La contraseña del proxy no se pudo guardar en el llavero.</translation>
    </message>
    <message>
        <source>This program was built without the demo.</source>
        <translation>Este programa se compiló sin la demostración.</translation>
    </message>
</context>
<context>
    <name>recdesk::cli::CommandRunner</name>
    <message>
        <source>"%1" is not an id: ids look like 0b0c5f8e-1b2a-4c3d-9e8f-123456789abc.</source>
        <translation>"%1" no es un id: los id tienen la forma 0b0c5f8e-1b2a-4c3d-9e8f-123456789abc.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUAL</translation>
    </message>
    <message>
        <source>"%1" cannot be a profile name: use letters, digits, spaces, dots and dashes.</source>
        <translation>"%1" no puede ser un nombre de perfil: use letras, dígitos, espacios, puntos y guiones.</translation>
    </message>
    <message>
        <source>There is no profile "%1": see "recdeskctl profile list".</source>
        <translation>No existe el perfil "%1": consulte "recdeskctl profile list".</translation>
    </message>
    <message>
        <source>Removed profile "%1" and its secrets.</source>
        <translation>Se eliminaron el perfil "%1" y sus secretos.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>platform-url</source>
        <translation>platform-url</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>auth</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>files-path</source>
        <translation>files-path</translation>
    </message>
    <message>
        <source>analytics-url</source>
        <translation>analytics-url</translation>
    </message>
    <message>
        <source>client-id</source>
        <translation>client-id</translation>
    </message>
    <message>
        <source>assistant-url</source>
        <translation>assistant-url</translation>
    </message>
    <message>
        <source>assistant-user</source>
        <translation>assistant-user</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>download-folder</source>
        <translation>download-folder</translation>
    </message>
    <message>
        <source>Reading the secret from standard input (it is not echoed or logged)...</source>
        <translation>Leyendo el secreto de la entrada estándar (no se muestra ni se registra)...</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>El llavero no guardó el secreto: %1</translation>
    </message>
    <message>
        <source>"%1" is not key=value.</source>
        <translation>"%1" no tiene la forma clave=valor.</translation>
    </message>
    <message>
        <source>Unknown profile setting "%1" (secrets are set with "profile secret").</source>
        <translation>Ajuste de perfil desconocido "%1" (los secretos se definen con "profile secret").</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) so far...</source>
        <translation>
            <numerusform>%n elemento hasta ahora...</numerusform>
            <numerusform>%n elementos hasta ahora...</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREACIÓN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot read the metadata file %1: %2.</source>
        <translation>No se puede leer el archivo de metadatos %1: %2.</translation>
    </message>
    <message>
        <source>FileName must be unique: leave it out when sending several files, each then keeps its own name.</source>
        <translation>FileName debe ser único: omítalo al enviar varios archivos, así cada uno conserva su propio nombre.</translation>
    </message>
    <message>
        <source>Cannot read %1: check that it exists and may be read.</source>
        <translation>No se puede leer %1: verifique que exista y que se pueda leer.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ID REMOTO</translation>
    </message>
    <message>
        <source>The server sent a list that cannot be read: %1</source>
        <translation>El servidor envió una lista que no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>No se pudo leer %n fila y se omitió: %1</numerusform>
            <numerusform>No se pudieron leer %n filas y se omitieron: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>proxy-host</source>
        <translation>proxy-host</translation>
    </message>
    <message>
        <source>proxy-port</source>
        <translation>proxy-port</translation>
    </message>
    <message>
        <source>proxy-user</source>
        <translation>proxy-user</translation>
    </message>
    <message>
        <source>Unknown secret "%1": use platform-password, platform-access-key, analytics-client-secret, assistant-api-key or proxy-password.</source>
        <translation>Secreto desconocido "%1": use platform-password, platform-access-key, analytics-client-secret, assistant-api-key o proxy-password.</translation>
    </message>
    <message>
        <source>proxy-port must be a number from 1 to 65535.</source>
        <translation>proxy-port debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>proxy must be system, none or manual.</source>
        <translation>proxy debe ser system, none o manual.</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Looking up calls and agents...</source>
        <translation>Consultando llamadas y agentes...</translation>
    </message>
    <message>
        <source>No profile chosen: use --profile P or --demo.</source>
        <translation>No se eligió ningún perfil: use --profile P o --demo.</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>No se pudo escribir la exportación en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila de revisión a %1.</numerusform>
            <numerusform>Se exportaron %n filas de revisión a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the scheme must be http or https and a host is required</source>
        <translation>el esquema debe ser http o https y se necesita un host</translation>
    </message>
    <message>
        <source>the scheme must be http or https, not "%1"</source>
        <translation>el esquema debe ser http o https, no "%1"</translation>
    </message>
    <message>
        <source>a host is required</source>
        <translation>se necesita un host</translation>
    </message>
    <message>
        <source>it is not a valid address (%1)</source>
        <translation>no es una dirección válida (%1)</translation>
    </message>
    <message>
        <source>No file with id %1 on the platform</source>
        <translation>No hay ningún archivo con id %1 en la plataforma</translation>
    </message>
    <message>
        <source>No recording with id %1 on the platform</source>
        <translation>No hay ninguna grabación con id %1 en la plataforma</translation>
    </message>
    <message>
        <source>%1 "%2" cannot be used: %3, e.g. https://api.example.com/v1.0.</source>
        <translation>%1 "%2" no se puede usar: %3, p. ej. https://api.example.com/v1.0.</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::DemoBanner</name>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demostración</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; You are looking at sample recordings and files served by Recdesk's built-in sandbox on this computer. Nothing here reaches a real service.</source>
        <translation>&lt;b&gt;Modo de demostración.&lt;/b&gt; Grabaciones y archivos de ejemplo del entorno de pruebas integrado en este equipo. Nada llega a un servicio real.</translation>
    </message>
    <message>
        <source>Demo mode explanation</source>
        <translation>Explicación del modo de demostración</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Agregar un perfil…</translation>
    </message>
    <message>
        <source>Add a real profile</source>
        <translation>Agregar un perfil real</translation>
    </message>
    <message>
        <source>Connect Recdesk to your telephony platform and analytics services</source>
        <translation>Conecte Recdesk a su plataforma de telefonía y a sus servicios de analítica</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::DetailsPane</name>
    <message>
        <source>This recording is starting. It can be played and downloaded once it has ended.</source>
        <translation>Esta grabación está iniciando. Podrá reproducirse y descargarse cuando termine.</translation>
    </message>
    <message>
        <source>This call is still being recorded. It can be played and downloaded once it has ended.</source>
        <translation>Esta llamada todavía se está grabando. Podrá reproducirse y descargarse cuando termine.</translation>
    </message>
    <message>
        <source>This recording is being finished. It can be played and downloaded in a moment.</source>
        <translation>Esta grabación se está finalizando. Podrá reproducirse y descargarse en un momento.</translation>
    </message>
    <message>
        <source>The platform reports a status Recdesk does not know, so the audio is not offered.</source>
        <translation>La plataforma informa un estado que Recdesk no conoce, por lo que el audio no está disponible.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details title</source>
        <translation>Título de los detalles</translation>
    </message>
    <message>
        <source>Availability note</source>
        <translation>Nota de disponibilidad</translation>
    </message>
    <message>
        <source>Details placeholder</source>
        <translation>Marcador de posición de los detalles</translation>
    </message>
    <message>
        <source>Recording of %1 %2</source>
        <translation>Grabación de %1 del %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Id de referencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>Id del propietario</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Recording id</source>
        <translation>Id de la grabación</translation>
    </message>
    <message>
        <source>The platform gave no download link for this file; downloading asks for a fresh one.</source>
        <translation>La plataforma no dio un enlace de descarga para este archivo; al descargarlo se solicitará uno nuevo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Link valid until</source>
        <translation>Enlace válido hasta</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Id del archivo</translation>
    </message>
    <message>
        <source>%L1 items selected</source>
        <translation>%L1 elementos seleccionados</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Seleccione una fila para ver sus detalles.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Agent user name</source>
        <translation>Usuario del agente</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número del cliente</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>%1, hung up by: %2</source>
        <translation>%1, colgó: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::DragExport</name>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were still being fetched when they were dropped; drag them again in a moment.</source>
        <translation>
            <numerusform>%n elemento aún se estaba descargando al soltarlo; vuelva a arrastrarlo en un momento.</numerusform>
            <numerusform>%n elementos aún se estaban descargando al soltarlos; vuelva a arrastrarlos en un momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings cannot be fetched in this session.</source>
        <translation>En esta sesión no se pueden obtener grabaciones.</translation>
    </message>
    <message>
        <source>The recording could not be copied for the drop.</source>
        <translation>No se pudo copiar la grabación para soltarla.</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::ExtendedMetadataTable</name>
    <message>
        <source>Extended metadata</source>
        <translation>Metadatos extendidos</translation>
    </message>
    <message>
        <source>Extended metadata values</source>
        <translation>Valores de metadatos extendidos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add a key and value</source>
        <translation>Agregar una clave y un valor</translation>
    </message>
    <message>
        <source>Add extended value</source>
        <translation>Agregar valor extendido</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Remove extended values</source>
        <translation>Quitar valores extendidos</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::FilesView</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Files list</source>
        <translation>Lista de archivos</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>%L1 of %L2 files match</source>
        <translation>%L1 de %L2 archivos coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Search name, file name, id…</source>
        <translation>Buscar nombre, nombre de archivo, id…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Reference type filter</source>
        <translation>Filtro de tipo de referencia</translation>
    </message>
    <message>
        <source>Any reference</source>
        <translation>Cualquier referencia</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creación desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creación hasta</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Search agent, customer, number, id…</source>
        <translation>Buscar agente, cliente, número, id…</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filtro de dirección</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Cualquier dirección</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>Filtro de estado de revisión</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Cualquier estado de revisión</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::ListPane</name>
    <message>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try loading again</source>
        <translation>Volver a intentar la carga</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 · loading more…</source>
        <translation>%1 · cargando más…</translation>
    </message>
    <message>
        <source>%1 · loading stopped: %2</source>
        <translation>%1 · la carga se detuvo: %2</translation>
    </message>
    <message>
        <source>%1 · more load as you scroll</source>
        <translation>%1 · se cargan más al desplazarse</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <source>Load the rest of the list now, several parts at once</source>
        <translation>Cargar ahora el resto de la lista, varias partes a la vez</translation>
    </message>
    <message>
        <source>%1 · complete</source>
        <translation>%1 · completa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>range · rows and state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Mostrando %1</translation>
    </message>
    <message>
        <source>Showing %1 – %2</source>
        <translation>Mostrando %1 – %2</translation>
    </message>
    <message>
        <source>Showing from %1</source>
        <translation>Mostrando desde %1</translation>
    </message>
    <message>
        <source>Showing until %1</source>
        <translation>Mostrando hasta %1</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::MainActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Volver a cargar la lista (F5)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Subir…</translation>
    </message>
    <message>
        <source>Upload audio or chat files (Ctrl+U); you can also drop files on the window</source>
        <translation>Subir archivos de audio o chat (Ctrl+U); también puede soltar archivos en la ventana</translation>
    </message>
    <message>
        <source>Send to &amp;analytics…</source>
        <translation>Enviar a a&amp;nalítica…</translation>
    </message>
    <message>
        <source>Send the selected recording to speech analytics by link</source>
        <translation>Enviar la grabación seleccionada a analítica de voz mediante un enlace</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copiar &amp;id</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>Add or change the services Recdesk connects to</source>
        <translation>Agregar o cambiar los servicios a los que se conecta Recdesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;About Recdesk</source>
        <translation>A&amp;cerca de Recdesk</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Save the selected items to a folder (Ctrl+D)</source>
        <translation>Guardar los elementos seleccionados en una carpeta (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferencias</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>About Recdesk</source>
        <translation>Acerca de Recdesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recdesk %1&lt;/h3&gt;&lt;p&gt;Browse, play, download and upload contact-center recordings.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Recdesk is free software under the MIT license. It uses Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), QuaZip (LGPL-2.1 with a static linking exception) and SoundTouch (LGPL-2.1); their license texts come with your Qt and operating-system packages. Help ▸ About Qt shows Qt's own.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recdesk %1&lt;/h3&gt;&lt;p&gt;Explore, reproduzca, descargue y suba grabaciones de centros de contacto.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, funcionando con Qt %3.&lt;/p&gt;&lt;p&gt;Recdesk es software libre con licencia MIT. Usa Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), QuaZip (LGPL-2.1 con excepción de enlace estático) y SoundTouch (LGPL-2.1); sus textos de licencia vienen con los paquetes de Qt y del sistema operativo. Ayuda ▸ Acerca de Qt muestra la de Qt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>&amp;Export reviews…</source>
        <translation>&amp;Exportar revisiones…</translation>
    </message>
    <message>
        <source>Write the notes and review states of this connection to a CSV or JSON file</source>
        <translation>Escribir las notas y los estados de revisión de esta conexión en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>R&amp;eview</source>
        <translation>Rev&amp;isión</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::MainWindow</name>
    <message>
        <source>Recdesk</source>
        <translation>Recdesk</translation>
    </message>
    <message>
        <source>Recdesk main window</source>
        <translation>Ventana principal de Recdesk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Demo sandbox on this computer</source>
        <translation>Entorno de pruebas de demostración en este equipo</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>No se pudo iniciar la demostración.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation>Descargar en la carpeta</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The credentials of "%1" could not be read from the keychain.</source>
        <translation>No se pudieron leer del llavero las credenciales de "%1".</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Iniciando el entorno de pruebas de demostración…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) were left out: only ended recordings can be downloaded.</source>
        <translation>
            <numerusform>Se omitió %Ln grabación: solo se pueden descargar las grabaciones finalizadas.</numerusform>
            <numerusform>Se omitieron %Ln grabaciones: solo se pueden descargar las grabaciones finalizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews cannot be kept for this connection: notes and review states are off.</source>
        <translation>No se pueden guardar revisiones para esta conexión: las notas y los estados de revisión están desactivados.</translation>
    </message>
    <message>
        <source>Every recording in the list is reviewed or flagged. Load more, or change the filters.</source>
        <translation>Todas las grabaciones de la lista están revisadas o marcadas. Cargue más o cambie los filtros.</translation>
    </message>
    <message>
        <source>There are no reviews to export: connect to a profile or start the demo first.</source>
        <translation>No hay revisiones que exportar: conéctese a un perfil o inicie la demo primero.</translation>
    </message>
    <message>
        <source>reviews-%1.csv</source>
        <comment>file name</comment>
        <translation>revisiones-%1.csv</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Exportar revisiones</translation>
    </message>
    <message>
        <source>The reviews could not be read for the export.</source>
        <translation>No se pudieron leer las revisiones para la exportación.</translation>
    </message>
    <message>
        <source>The reviews could not be written to %1.</source>
        <translation>No se pudieron escribir las revisiones en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n review row(s) exported to %1.</source>
        <translation>
            <numerusform>%n fila de revisión exportada a %1.</numerusform>
            <numerusform>%n filas de revisión exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Detalles del mensaje</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Reproducir o pausar (Espacio, K)</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <source>Back 10 seconds (Left, J)</source>
        <translation>Retroceder 10 segundos (Izquierda, J)</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right, L)</source>
        <translation>Avanzar 10 segundos (Derecha, L)</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Reproduciendo ahora</translation>
    </message>
    <message>
        <source>Player status</source>
        <translation>Estado del reproductor</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Buscar posición</translation>
    </message>
    <message>
        <source>Position and duration</source>
        <translation>Posición y duración</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Loading audio…</source>
        <translation>Cargando el audio…</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Almacenando en búfer…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Reproducción terminada</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Grabación del %1</translation>
    </message>
    <message>
        <source>Fetching audio…</source>
        <translation>Obteniendo el audio…</translation>
    </message>
    <message>
        <source>No audio</source>
        <translation>Sin audio</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>The audio could not be fetched. Check the connection and try again.</source>
        <translation>No se pudo obtener el audio. Revise la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This audio format cannot be played here.</source>
        <translation>Este formato de audio no se puede reproducir aquí.</translation>
    </message>
    <message>
        <source>The recording could not be played.</source>
        <translation>No se pudo reproducir la grabación.</translation>
    </message>
    <message>
        <source>Joining the two voices…</source>
        <translation>Uniendo las dos voces…</translation>
    </message>
    <message>
        <source>The audio could not be read from the cache.</source>
        <translation>No se pudo leer el audio de la caché.</translation>
    </message>
    <message>
        <source>Fetching audio… %1%</source>
        <translation>Obteniendo el audio… %1%</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Set loop start (A)</source>
        <translation>Fijar inicio del bucle (A)</translation>
    </message>
    <message>
        <source>Set loop end (B)</source>
        <translation>Fijar fin del bucle (B)</translation>
    </message>
    <message>
        <source>Clear loop</source>
        <translation>Quitar bucle</translation>
    </message>
    <message>
        <source>Next speech</source>
        <translation>Siguiente voz</translation>
    </message>
    <message>
        <source>Previous speech</source>
        <translation>Voz anterior</translation>
    </message>
    <message>
        <source>Skip silences</source>
        <translation>Saltar silencios</translation>
    </message>
    <message>
        <source>Skip silences while playing (S)</source>
        <translation>Saltar silencios al reproducir (S)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>A–B loop: A and B set its ends, Shift+A clears it; or drag across the waveform</source>
        <translation>Bucle A–B: A y B fijan sus extremos, Mayús+A lo quita; o arrastre sobre la forma de onda</translation>
    </message>
    <message>
        <source>Silence is quieter than</source>
        <translation>Silencio es más bajo que</translation>
    </message>
    <message>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
    <message>
        <source>Shortest silence</source>
        <translation>Silencio más corto</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Velocidad %1</translation>
    </message>
    <message>
        <source>The loop's end (B) must come at least half a second after its start (A).</source>
        <translation>El fin del bucle (B) debe estar al menos medio segundo después de su inicio (A).</translation>
    </message>
    <message>
        <source>Looping %1 – %2</source>
        <translation>Bucle %1 – %2</translation>
    </message>
    <message>
        <source>Loop start (A) at %1: press B at its end</source>
        <translation>Inicio del bucle (A) en %1: pulse B en su fin</translation>
    </message>
    <message>
        <source>No more speech after this point.</source>
        <translation>No hay más voz después de este punto.</translation>
    </message>
    <message>
        <source>Voice mixing and speed that keeps the pitch need an audio output device.</source>
        <translation>La mezcla de voces y la velocidad que conserva el tono necesitan un dispositivo de salida de audio.</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::ProfilesDialog</name>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Demostración (entorno de pruebas integrado)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo&lt;/b&gt; runs Recdesk's own sandbox on this computer with made-up recordings and files, so you can try everything without an account. Nothing you do there reaches a real service.&lt;/p&gt;&lt;p&gt;To work with your own data, choose &lt;b&gt;New&lt;/b&gt; and enter the addresses and credentials your administrator gave you. Passwords, keys and secrets are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demostración&lt;/b&gt; ejecuta el entorno de pruebas propio de Recdesk en este equipo con grabaciones y archivos ficticios, para que pueda probarlo todo sin una cuenta. Nada de lo que haga allí llega a un servicio real.&lt;/p&gt;&lt;p&gt;Para trabajar con sus propios datos, elija &lt;b&gt;Nuevo&lt;/b&gt; e ingrese las direcciones y credenciales que le dio su administrador. Las contraseñas, claves y secretos se guardan en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Fill in the services you use; leave a service's URL empty to skip it.</source>
        <translation>Complete los servicios que usa; deje vacía la URL de un servicio para omitirlo.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>The name "%1" cannot be used: avoid slashes and backslashes.</source>
        <translation>No se puede usar el nombre "%1": evite las barras diagonales y las barras invertidas.</translation>
    </message>
    <message>
        <source>Enter the platform URL, e.g. https://api.voipbin.net/v1.0.</source>
        <translation>Ingrese la URL de la plataforma, por ejemplo, https://api.voipbin.net/v1.0.</translation>
    </message>
    <message>
        <source>The platform URL is not a web address.</source>
        <translation>La URL de la plataforma no es una dirección web.</translation>
    </message>
    <message>
        <source>Enter the access key.</source>
        <translation>Ingrese la clave de acceso.</translation>
    </message>
    <message>
        <source>Enter the platform user name.</source>
        <translation>Ingrese el nombre de usuario de la plataforma.</translation>
    </message>
    <message>
        <source>Enter the analytics client id, or leave the analytics URL empty.</source>
        <translation>Ingrese el id de cliente de analítica o deje vacía la URL de analítica.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The profile was saved, but its secrets could not be stored in the keychain: %1</source>
        <translation>Se guardó el perfil, pero sus secretos no se pudieron guardar en el llavero: %1</translation>
    </message>
    <message>
        <source>Profile "%1" saved; its secrets are in the system keychain.</source>
        <translation>Se guardó el perfil "%1"; sus secretos están en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Profile "%1" deleted.</source>
        <translation>Se eliminó el perfil "%1".</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>%1: OK.</source>
        <translation>%1: correcto.</translation>
    </message>
    <message>
        <source>%1: failed.</source>
        <translation>%1: falló.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Credentials accepted.</source>
        <translation>Credenciales aceptadas.</translation>
    </message>
    <message>
        <source>Assistant: not checked (the service has no test call; the key is checked on the first upload).</source>
        <translation>Asistente: sin verificar (el servicio no tiene una llamada de prueba; la clave se verifica en la primera carga).</translation>
    </message>
    <message>
        <source>The system's proxy settings</source>
        <translation>La configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>This HTTP proxy</source>
        <translation>Este proxy HTTP</translation>
    </message>
    <message>
        <source>Enter the proxy's host name, or choose another proxy setting.</source>
        <translation>Ingrese el nombre del servidor proxy o elija otra opción de proxy.</translation>
    </message>
    <message>
        <source>Signed in, and the files list answers.</source>
        <translation>Sesión iniciada, y la lista de archivos responde.</translation>
    </message>
    <message>
        <source>Signed in, but %1 is not the platform's API address: it has no files list. Check the address (it usually ends in /v1.0).</source>
        <translation>Sesión iniciada, pero %1 no es la dirección de la API de la plataforma: no tiene lista de archivos. Revise la dirección (suele terminar en /v1.0).</translation>
    </message>
    <message>
        <source>Signed in; the address answers (this account may not list files).</source>
        <translation>Sesión iniciada; la dirección responde (esta cuenta no puede listar archivos).</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::ProgressDelegate</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Inicio de sesión en el proxy</translation>
    </message>
    <message>
        <source>The proxy at %1 refused the user name and password. Enter them again; they are kept in the system keychain for this profile.</source>
        <translation>El proxy en %1 rechazó el nombre de usuario y la contraseña. Ingréselos de nuevo; se guardan en el llavero del sistema para este perfil.</translation>
    </message>
    <message>
        <source>The proxy at %1 asks for a user name and password. They are kept in the system keychain for this profile.</source>
        <translation>El proxy en %1 pide un nombre de usuario y una contraseña. Se guardan en el llavero del sistema para este perfil.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom&amp;bre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::RecordingsView</name>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>Recordings list</source>
        <translation>Lista de grabaciones</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>%L1 of %L2 recordings match</source>
        <translation>%L1 de %L2 grabaciones coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s)</source>
        <translation>
            <numerusform>%Ln grabación</numerusform>
            <numerusform>%Ln grabaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Next note</source>
        <translation>Nota siguiente</translation>
    </message>
    <message>
        <source>Previous note</source>
        <translation>Nota anterior</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar revisada</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation>Marcar sin revisar</translation>
    </message>
    <message>
        <source>Next unreviewed recording</source>
        <translation>Siguiente grabación sin revisar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Press N to write a note at the playhead</source>
        <translation>Pulse N para escribir una nota en la posición actual</translation>
    </message>
    <message>
        <source>New note at the playhead (N)</source>
        <translation>Nueva nota en la posición actual (N)</translation>
    </message>
    <message>
        <source>Delete the selected note (Delete); Ctrl+Z undoes it</source>
        <translation>Eliminar la nota seleccionada (Supr); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Reviews are kept per profile: connect to write notes</source>
        <translation>Las revisiones se guardan por perfil: conéctese para escribir notas</translation>
    </message>
    <message>
        <source>Select a recording to review it</source>
        <translation>Seleccione una grabación para revisarla</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note at %1:</source>
        <translation>Nota en %1:</translation>
    </message>
    <message>
        <source>Write the note, Enter to save, Esc to cancel</source>
        <translation>Escriba la nota, Intro para guardar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>The review could not be saved on this computer.</source>
        <translation>No se pudo guardar la revisión en este equipo.</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>A whole review needs no mouse. Keys with one letter work while no text field has the keyboard.</source>
        <translation>Una revisión completa no necesita ratón. Las teclas de una letra funcionan mientras ningún campo de texto tiene el teclado.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation>Cerrar los atajos</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two keys of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::StatusSummary</name>
    <message>
        <source>Transfers summary</source>
        <translation>Resumen de transferencias</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Transfers list</source>
        <translation>Lista de transferencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the selected transfers</source>
        <translation>Detener las transferencias seleccionadas</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try the selected transfers again</source>
        <translation>Volver a intentar las transferencias seleccionadas</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Borrar terminadas</translation>
    </message>
    <message>
        <source>Remove finished transfers from the list</source>
        <translation>Quitar de la lista las transferencias terminadas</translation>
    </message>
    <message>
        <source>Downloads and uploads appear here.</source>
        <translation>Aquí aparecen las descargas y cargas.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::UploadDialog</name>
    <message>
        <source>Upload files</source>
        <translation>Subir archivos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Name in analytics</source>
        <translation>Nombre en analítica</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Double-click a name to change how the file is called in analytics</source>
        <translation>Haga doble clic en un nombre para cambiar cómo se llama el archivo en analítica</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>English (1033)</source>
        <translation>Inglés (1033)</translation>
    </message>
    <message>
        <source>Spanish (2058)</source>
        <translation>Español (2058)</translation>
    </message>
    <message>
        <source>Problem with extended metadata</source>
        <translation>Problema con los metadatos extendidos</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Recording of %1 (sent by link, not re-uploaded)</source>
        <translation>Grabación del %1 (se envía mediante un enlace, no se vuelve a subir)</translation>
    </message>
    <message>
        <source>Send recording to analytics</source>
        <translation>Enviar la grabación a analítica</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add files with the button below the list, or drop them onto this window.</source>
        <translation>Agregue archivos con el botón que está debajo de la lista o suéltelos en esta ventana.</translation>
    </message>
    <message>
        <source>Choose at least one place to send the files to.</source>
        <translation>Elija al menos un destino para los archivos.</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>Elegir archivos para subir</translation>
    </message>
    <message>
        <source>Audio and chat files (*.wav *.mp3 *.mp4 *.ogg *.opus *.m4a *.tar *.zip);;All files (*)</source>
        <translation>Archivos de audio y chat (*.wav *.mp3 *.mp4 *.ogg *.opus *.m4a *.tar *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before uploading.</source>
        <translation>
            <numerusform>Hay %Ln problema que corregir antes de subir.</numerusform>
            <numerusform>Hay %Ln problemas que corregir antes de subir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) ready to upload.</source>
        <translation>
            <numerusform>%Ln archivo listo para subir.</numerusform>
            <numerusform>%Ln archivos listos para subir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::VoicesBar</name>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Voices:</source>
        <translation>Voces:</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Balance: moves both voices towards the left or the right ear; the centre plays leg 1 left and leg 2 right, as recorded</source>
        <translation>Balance: lleva ambas voces hacia el oído izquierdo o el derecho; en el centro suena el canal 1 a la izquierda y el canal 2 a la derecha, como se grabaron</translation>
    </message>
    <message>
        <source>Leg 1 (in)</source>
        <translation>Canal 1 (entrada)</translation>
    </message>
    <message>
        <source>Leg 2 (out)</source>
        <translation>Canal 2 (salida)</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>Silenciar %1</translation>
    </message>
    <message>
        <source>Mute %1 (%2)</source>
        <translation>Silenciar %1 (%2)</translation>
    </message>
    <message>
        <source>Mute leg %1</source>
        <translation>Silenciar canal %1</translation>
    </message>
    <message>
        <source>Leg %1 volume</source>
        <translation>Volumen del canal %1</translation>
    </message>
    <message>
        <source>Volume of %1</source>
        <translation>Volumen de %1</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::WaveformLoader</name>
    <message>
        <source>The waveform could not be drawn.</source>
        <translation>No se pudo dibujar la forma de onda.</translation>
    </message>
    <message>
        <source>The audio could not be fetched for the waveform.</source>
        <translation>No se pudo obtener el audio para la forma de onda.</translation>
    </message>
</context>
<context>
    <name>recdesk::gui::WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation>Dibujando la forma de onda…</translation>
    </message>
    <message>
        <source>Position %1 of %2 seconds</source>
        <translation>Posición %1 de %2 segundos</translation>
    </message>
    <message>
        <source>No audio loaded</source>
        <translation>No hay audio cargado</translation>
    </message>
    <message>
        <source>No recording selected</source>
        <translation>No hay ninguna grabación seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n nota.</numerusform>
            <numerusform>%n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looping from %1 to %2 seconds.</source>
        <translation>Bucle de %1 a %2 segundos.</translation>
    </message>
</context>
<context>
    <name>recdesk::sandbox::SandboxHost</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>El entorno de pruebas ya está en ejecución.</translation>
    </message>
</context>
</TS>
