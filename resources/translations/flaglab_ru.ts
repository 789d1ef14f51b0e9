<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CliMain</name>
    <message>
        <source>folder to save the flags in (default ./downloaded)</source>
        <translation>папка для сохранения флагов (по умолчанию ./downloaded)</translation>
    </message>
    <message>
        <source>fetch metadata.json too and save each flag under its country&apos;s name</source>
        <translation>загружать также metadata.json и сохранять каждый флаг под названием страны</translation>
    </message>
    <message>
        <source>use one QNetworkAccessManager: Qt&apos;s hidden cap of 6 connections</source>
        <translation>использовать один QNetworkAccessManager: скрытый предел Qt в 6 соединений</translation>
    </message>
    <message>
        <source>start the built-in LOCAL, DELAY or ERROR server in this process</source>
        <translation>запустить встроенный сервер LOCAL, DELAY или ERROR в этом процессе</translation>
    </message>
    <message>
        <source>retry failed requests up to N times, with back-off (default 0)</source>
        <translation>повторять неудачные запросы до N раз с нарастающей паузой (по умолчанию 0)</translation>
    </message>
    <message>
        <source>use N threads, one blocking request each (as flags2_threadpool), instead of one event loop</source>
        <translation>использовать N потоков, по одному блокирующему запросу в каждом (как flags2_threadpool), вместо одного цикла событий</translation>
    </message>
    <message>
        <source>run once per concurrency in LIST (e.g. 1,2,4,8, or &quot;default&quot; for 1..512) and print a table</source>
        <translation>выполнить по прогону для каждого уровня параллелизма из LIST (например, 1,2,4,8 или &quot;default&quot; для 1..512) и вывести таблицу</translation>
    </message>
    <message>
        <source>where --sweep writes its CSV (default sweep.csv)</source>
        <translation>куда --sweep записывает CSV (по умолчанию sweep.csv)</translation>
    </message>
    <message>
        <source>allow a heavy run (over %1 concurrent requests, or over %2 requests) against a server that is not ours</source>
        <translation>разрешить тяжёлый прогон (более %1 одновременных запросов или более %2 запросов) на чужой сервер</translation>
    </message>
    <message>
        <source>language of the messages and of the report: %1 (default: the system&apos;s for the messages; the report stays in the book&apos;s English)</source>
        <translation>язык сообщений и отчёта: %1 (по умолчанию сообщения на языке системы, а отчёт на английском, как в книге)</translation>
    </message>
    <message>
        <source>flaglab-cli: not started. %1
Use -m %2 or less (and fewer codes), or add --allow-remote-load if the server&apos;s owner agrees to this load.</source>
        <translation>flaglab-cli: не запущено. %1
Укажите -m %2 или меньше (и меньше кодов) либо добавьте --allow-remote-load, если владелец сервера согласен на такую нагрузку.</translation>
    </message>
    <message>
        <source>flaglab-cli: unknown language &apos;%1&apos;; use one of: %2</source>
        <translation>flaglab-cli: неизвестный язык «%1»; допустимы: %2</translation>
    </message>
    <message>
        <source>--repeat N must be from 1 to 10000</source>
        <translation>--repeat N должно быть от 1 до 10000</translation>
    </message>
    <message>
        <source>write a JSON report with per-request timings to FILE; with - it goes to standard output, and the text report to standard error</source>
        <translation>записать в FILE отчёт JSON со временем каждого запроса; с - он идёт в стандартный вывод, а текстовый отчёт — в стандартный поток ошибок</translation>
    </message>
    <message>
        <source>seconds a request may wait for a connection, and then for each piece of data once it is sent (default 3.1, as the book&apos;s httpx)</source>
        <translation>сколько секунд запрос может ждать соединения, а после отправки — каждой порции данных (по умолчанию 3.1, как httpx в книге)</translation>
    </message>
    <message>
        <source>open at most N connections at a time, so that a small server&apos;s listen queue is not flooded (0: no limit; default %1)</source>
        <translation>открывать не более N соединений одновременно, чтобы не переполнить очередь приёма небольшого сервера (0: без ограничения; по умолчанию %1)</translation>
    </message>
    <message>
        <source>write the run as an HTTP Archive (HAR 1.2) to FILE, which browsers&apos; developer tools and other network tools read</source>
        <translation>записать прогон в FILE как HTTP-архив (HAR 1.2), который читают инструменты разработчика браузеров и другие сетевые инструменты</translation>
    </message>
    <message>
        <source>use HTTP/1.1, one connection per request in flight, also on https (the default, as the book&apos;s httpx)</source>
        <translation>использовать HTTP/1.1, по соединению на каждый выполняемый запрос, также на https (по умолчанию, как httpx в книге)</translation>
    </message>
    <message>
        <source>use HTTP/2: many requests as streams on one connection (prior knowledge on http://, negotiated on https://)</source>
        <translation>использовать HTTP/2: много запросов как потоки в одном соединении (заранее известный протокол на http://, согласование на https://)</translation>
    </message>
    <message>
        <source>trust the certificates in the PEM FILE for https too, as curl&apos;s --cacert</source>
        <translation>доверять также сертификатам из PEM-файла FILE для https, как --cacert у curl</translation>
    </message>
    <message>
        <source>flush each flag to the disk before renaming it into place, so that it is complete or absent after a power cut too (slower; curl and wget do not)</source>
        <translation>сбрасывать каждый флаг на диск перед переименованием на место, чтобы и после отключения питания он был либо целым, либо отсутствовал (медленнее; curl и wget так не делают)</translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>flaglab-cli: --embedded serves LOCAL, DELAY or ERROR only</source>
        <translation>flaglab-cli: --embedded работает только с LOCAL, DELAY или ERROR</translation>
    </message>
    <message>
        <source>flaglab-cli: built-in server not started (%1); using whatever answers there</source>
        <translation>flaglab-cli: встроенный сервер не запущен (%1); используется тот, что уже отвечает по этому адресу</translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message>
        <source>Sweeping %1 flags at %2 concurrency levels; each run starts with an empty folder.</source>
        <translation>Серия прогонов: флагов — %1, уровней параллелизма — %2; каждый прогон начинается с пустой папки.</translation>
    </message>
    <message>
        <source>Knee: %1 concurrent requests reach 90% of the best throughput (%2 flags/s).</source>
        <translation>Излом: параллелизм %1 даёт 90% наилучшей пропускной способности (%2 флагов/с).</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан файл %1</translation>
    </message>
    <message>
        <source>flaglab-cli: cannot write %1: %2</source>
        <translation>flaglab-cli: не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Where the flags are fetched from (-s LABEL or a base URL)</source>
        <translation>Откуда загружаются флаги (-s LABEL или базовый URL)</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/flags</source>
        <translation>http://127.0.0.1:8080/flags</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Набор</translation>
    </message>
    <message>
        <source>Which codes to request (default POP20; -a; -e; or CC arguments)</source>
        <translation>Какие коды запрашивать (по умолчанию POP20; -a; -e; или аргументы CC)</translation>
    </message>
    <message>
        <source>codes or first letters: BR CN or B</source>
        <translation>коды или первые буквы: BR CN или B</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Предел</translation>
    </message>
    <message>
        <source>Keep only the first N codes, after sorting (-l N)</source>
        <translation>Оставить только первые N кодов после сортировки (-l N)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без предела</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>&amp;Concurrent</source>
        <translation>&amp;Одновременно</translation>
    </message>
    <message>
        <source>Maximum requests in flight at once (-m N)</source>
        <translation>Наибольшее число одновременно выполняемых запросов (-m N)</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>6</source>
        <translation>6</translation>
    </message>
    <message>
        <source>20</source>
        <translation>20</translation>
    </message>
    <message>
        <source>100</source>
        <translation>100</translation>
    </message>
    <message>
        <source>1000</source>
        <translation>1000</translation>
    </message>
    <message>
        <source>T&amp;ime-out</source>
        <translation>&amp;Тайм-аут</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Re&amp;tries</source>
        <translation>Повто&amp;ры</translation>
    </message>
    <message>
        <source>Retry a failed request up to N times, with back-off (--retries N; the book does not retry)</source>
        <translation>Повторять неудачный запрос до N раз с нарастающей паузой (--retries N; в книге повторов нет)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Threads vs coroutines</source>
        <translation>Потоки против сопрограмм</translation>
    </message>
    <message>
        <source>The book&apos;s second lesson: for downloads, threads and coroutines perform alike. The sequential case is either one at -m 1.</source>
        <translation>Второй урок книги: при загрузке потоки и сопрограммы работают одинаково быстро. Последовательный вариант — любой из них при -m 1.</translation>
    </message>
    <message>
        <source>&amp;Event loop: coroutines</source>
        <translation>&amp;Цикл событий: сопрограммы</translation>
    </message>
    <message>
        <source>One thread and one event loop with N requests in flight, as flags2_asyncio</source>
        <translation>Один поток и один цикл событий с N выполняемыми запросами, как flags2_asyncio</translation>
    </message>
    <message>
        <source>T&amp;hread pool: N threads</source>
        <translation>П&amp;ул потоков: N потоков</translation>
    </message>
    <message>
        <source>N threads, each doing one blocking request at a time, as flags2_threadpool (--threads)</source>
        <translation>N потоков, каждый выполняет по одному блокирующему запросу, как flags2_threadpool (--threads)</translation>
    </message>
    <message>
        <source>Send every request through one QNetworkAccessManager, which opens at most 6 connections to a server (--single-manager)</source>
        <translation>Отправлять все запросы через один QNetworkAccessManager, который открывает к серверу не более 6 соединений (--single-manager)</translation>
    </message>
    <message>
        <source>flags2_asyncio vs flags2_threadpool: for I/O-bound work they perform alike.</source>
        <translation>flags2_asyncio против flags2_threadpool: для задач, упирающихся во ввод-вывод, они равноценны.</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Пуск</translation>
    </message>
    <message>
        <source>Start the run (F5, Ctrl+R)</source>
        <translation>Начать прогон (F5, Ctrl+R)</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>Stop the run (Esc, Shift+F5)</source>
        <translation>Остановить прогон (Esc, Shift+F5)</translation>
    </message>
    <message>
        <source>One &amp;manager (Qt&apos;s cap of 6)</source>
        <translation>Один &amp;менеджер (предел Qt — 6)</translation>
    </message>
    <message>
        <source>This server is not ours: somebody else pays for every request. FlagLab asks before sending it more than %1 at once or more than %2 in one run, because a classroom of laptops doing that looks like an attack. Use the built-in servers to go fast.</source>
        <translation>Это не наш сервер: за каждый запрос платит кто-то другой. FlagLab спросит, прежде чем отправить ему больше %1 запросов одновременно или больше %2 за один запуск, потому что класс ноутбуков, делающих такое, выглядит как атака. Чтобы было быстро, пользуйтесь встроенными серверами.</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Сохранять в</translation>
    </message>
    <message>
        <source>The folder the flags are saved in (--dest DIR); created if missing</source>
        <translation>Папка, в которую сохраняются флаги (--dest DIR); создаётся, если её нет</translation>
    </message>
    <message>
        <source>Choose the folder to save the flags in</source>
        <translation>Выбрать папку для сохранения флагов</translation>
    </message>
    <message>
        <source>A request fails when it gets no connection in this time, or, once sent, no data for this long (--timeout S)</source>
        <translation>Запрос завершается ошибкой, если за это время нет соединения или, после отправки, столько времени нет данных (--timeout S)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Протокол</translation>
    </message>
    <message>
        <source>HTTP/1.1 needs a connection for each request in flight, as the book&apos;s httpx (--http1, the default). HTTP/2 carries up to 100 requests as streams on one connection (--http2)</source>
        <translation>HTTP/1.1 нужно по соединению на каждый запрос в работе, как httpx из книги (--http1, по умолчанию). HTTP/2 ведёт до 100 запросов как потоки по одному соединению (--http2)</translation>
    </message>
</context>
<context>
    <name>DestinationCheck</name>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>не удаётся записать в %1: %2</translation>
    </message>
    <message>
        <source>no folder given to save the flags in</source>
        <translation>не указана папка для сохранения флагов</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>timed out: no data for %1s</source>
        <translation>тайм-аут: нет данных %1 с</translation>
    </message>
    <message>
        <source>timed out: no complete answer in %1s</source>
        <translation>тайм-аут: нет полного ответа за %1 с</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <source>connection closed by the server before the answer was complete</source>
        <translation>сервер закрыл соединение, не договорив ответ</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>хост не найден: %1</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>слишком много перенаправлений</translation>
    </message>
    <message>
        <source>HTTP error %1 - %2</source>
        <translation>ошибка HTTP %1 - %2</translation>
    </message>
    <message>
        <source>timed out: no connection in %1s</source>
        <translation>тайм-аут: нет соединения за %1 с</translation>
    </message>
    <message>
        <source>connection closed by the server mid-body: %1 of %2 bytes received</source>
        <translation>сервер закрыл соединение посреди тела ответа: получено %1 из %2 байт</translation>
    </message>
    <message>
        <source>connection closed by the server mid-body: %1 bytes received</source>
        <translation>сервер закрыл соединение посреди тела ответа: получено байт: %1</translation>
    </message>
</context>
<context>
    <name>Flags2CommandLine</name>
    <message>
        <source>Download flags for country codes. Default: top 20 countries by population.</source>
        <translation>Загрузка флагов по кодам стран. По умолчанию: 20 самых населённых стран.</translation>
    </message>
    <message>
        <source>country code or 1st letter (eg. B for BA...BZ)</source>
        <translation>код страны или его первая буква (например, B для BA...BZ)</translation>
    </message>
    <message>
        <source>get all available flags (AD to ZW)</source>
        <translation>загрузить все имеющиеся флаги (от AD до ZW)</translation>
    </message>
    <message>
        <source>get flags for every possible code (AA...ZZ)</source>
        <translation>загрузить флаги для всех возможных кодов (AA...ZZ)</translation>
    </message>
    <message>
        <source>limit to N first codes</source>
        <translation>ограничиться первыми N кодами</translation>
    </message>
    <message>
        <source>maximum concurrent requests (default=%1)</source>
        <translation>максимальное число одновременных запросов (по умолчанию %1)</translation>
    </message>
    <message>
        <source>Server to hit; one of %1 (default=LOCAL), or a base URL such as http://127.0.0.1:8080/flags</source>
        <translation>сервер для запросов: один из %1 (по умолчанию LOCAL) или базовый URL, например http://127.0.0.1:8080/flags</translation>
    </message>
    <message>
        <source>output detailed progress info</source>
        <translation>подробно выводить ход работы</translation>
    </message>
    <message>
        <source>usage: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]</source>
        <translation>использование: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>argument %1: invalid int value: &apos;%2&apos;</source>
        <translation>аргумент %1: недопустимое целое значение: «%2»</translation>
    </message>
    <message>
        <source>argument %1: invalid float value: &apos;%2&apos;</source>
        <translation>аргумент %1: недопустимое числовое значение: «%2»</translation>
    </message>
    <message>
        <source>*** Usage error: --max_req CONCURRENT must be &gt;= 1</source>
        <translation>*** Ошибка использования: --max_req CONCURRENT должно быть &gt;= 1</translation>
    </message>
    <message>
        <source>*** Usage error: --limit N must be &gt;= 1</source>
        <translation>*** Ошибка использования: --limit N должно быть &gt;= 1</translation>
    </message>
    <message>
        <source>*** Usage error: --server LABEL must be one of %1</source>
        <translation>*** Ошибка использования: --server LABEL должен быть одним из: %1</translation>
    </message>
    <message>
        <source>*** Usage error: each CC argument must be A to Z or AA to ZZ.</source>
        <translation>*** Ошибка использования: каждый аргумент CC должен быть от A до Z или от AA до ZZ.</translation>
    </message>
    <message>
        <source>*** Usage error: %1</source>
        <translation>*** Ошибка использования: %1</translation>
    </message>
    <message>
        <source>ports of the built-in LOCAL, DELAY and ERROR servers, and of those labels: N, N+1 and N+2 (default=%1)</source>
        <translation>порты встроенных серверов LOCAL, DELAY и ERROR и этих меток: N, N+1 и N+2 (по умолчанию %1)</translation>
    </message>
    <message>
        <source>*** Usage error: --base-port N must be from 1 to %1</source>
        <translation>*** Ошибка использования: --base-port N должно быть от 1 до %1</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>folder to save the flags in (default=%1)</source>
        <translation>папка для сохранения флагов (по умолчанию %1)</translation>
    </message>
    <message>
        <source>save each flag under its country&apos;s name, as flags3 does</source>
        <translation>сохранять каждый флаг под названием страны, как flags3</translation>
    </message>
    <message>
        <source>use one network manager: shows Qt&apos;s cap of 6 connections per host</source>
        <translation>использовать один сетевой менеджер: показывает предел Qt в 6 соединений на хост</translation>
    </message>
    <message>
        <source>one thread per request in flight, as flags2_threadpool (default: one event loop)</source>
        <translation>по потоку на каждый выполняемый запрос, как flags2_threadpool (по умолчанию один цикл событий)</translation>
    </message>
    <message>
        <source>retry failed requests up to N times, with back-off (default 0)</source>
        <translation>повторять неудачные запросы до N раз с нарастающей паузой (по умолчанию 0)</translation>
    </message>
    <message>
        <source>allow a heavy run against a server that is not ours without asking</source>
        <translation>разрешить тяжёлый прогон на чужой сервер без вопроса</translation>
    </message>
    <message>
        <source>start the run at once</source>
        <translation>сразу начать прогон</translation>
    </message>
    <message>
        <source>quit when the run is over (after --report and --screenshot)</source>
        <translation>выйти по окончании прогона (после --report и --screenshot)</translation>
    </message>
    <message>
        <source>save the window as a PNG image when the run is over</source>
        <translation>по окончании прогона сохранить окно как изображение PNG</translation>
    </message>
    <message>
        <source>write the run&apos;s JSON report, with the window&apos;s own figures, when the run is over</source>
        <translation>по окончании прогона записать его отчёт JSON с показателями окна</translation>
    </message>
    <message>
        <source>do not start the built-in LOCAL, DELAY and ERROR servers</source>
        <translation>не запускать встроенные серверы LOCAL, DELAY и ERROR</translation>
    </message>
    <message>
        <source>play a scene of the book at start: %1</source>
        <translation>при запуске воспроизвести сцену из книги: %1</translation>
    </message>
    <message>
        <source>sweep the chosen server and flags at each concurrency in LIST at start (e.g. 1,2,4,8, or &quot;default&quot; for 1..512)</source>
        <translation>при запуске выполнить серию прогонов с выбранными сервером и флагами для каждого уровня параллелизма из LIST (например, 1,2,4,8 или &quot;default&quot; для 1..512)</translation>
    </message>
    <message>
        <source>show the flags, history or sweep view</source>
        <translation>показать вкладку flags (флаги), history (история) или sweep (серия)</translation>
    </message>
    <message>
        <source>presentation mode: full screen, large type, high contrast</source>
        <translation>режим презентации: во весь экран, крупный шрифт, высокая контрастность</translation>
    </message>
    <message>
        <source>the built-in DELAY and ERROR servers wait S seconds, or MIN:MAX, before each answer (the book&apos;s 0.5:5)</source>
        <translation>встроенные серверы DELAY и ERROR ждут S секунд (или от MIN до MAX) перед каждым ответом (в книге 0.5:5)</translation>
    </message>
    <message>
        <source>when done, save the shown view&apos;s plot as a PNG or SVG image</source>
        <translation>по завершении сохранить график текущей вкладки как изображение PNG или SVG</translation>
    </message>
    <message>
        <source>--preset ID must be one of: %1</source>
        <translation>--preset ID должен быть одним из: %1</translation>
    </message>
    <message>
        <source>--preset and --sweep cannot go together</source>
        <translation>--preset и --sweep нельзя указывать вместе</translation>
    </message>
    <message>
        <source>--show-view VIEW must be flags, history or sweep</source>
        <translation>--show-view VIEW должно быть flags, history или sweep</translation>
    </message>
    <message>
        <source>--server-delay must be S or MIN:MAX, in seconds from 0 to %1</source>
        <translation>--server-delay должно быть S или MIN:MAX, в секундах от 0 до %1</translation>
    </message>
    <message>
        <source>--server-seed N must be a whole number from 0 to %1</source>
        <translation>--server-seed N должно быть целым числом от 0 до %1</translation>
    </message>
    <message>
        <source>seconds a request may wait for a connection, and then for each piece of data once it is sent (default=3.1)</source>
        <translation>сколько секунд запрос может ждать соединения, а после отправки — каждой порции данных (по умолчанию 3.1)</translation>
    </message>
    <message>
        <source>open at most N connections at a time, so that a small server&apos;s listen queue is not flooded (0: no limit; default %1)</source>
        <translation>открывать не более N соединений одновременно, чтобы не переполнить очередь приёма небольшого сервера (0: без ограничения; по умолчанию %1)</translation>
    </message>
    <message>
        <source>use HTTP/1.1, one connection per request in flight, also on https (default)</source>
        <translation>использовать HTTP/1.1, по соединению на каждый выполняемый запрос, также на https (по умолчанию)</translation>
    </message>
    <message>
        <source>use HTTP/2: many requests as streams on one connection (prior knowledge on http://, negotiated on https://)</source>
        <translation>использовать HTTP/2: много запросов как потоки в одном соединении (заранее известный протокол на http://, согласование на https://)</translation>
    </message>
    <message>
        <source>trust the certificates in the PEM FILE for https too</source>
        <translation>доверять также сертификатам из PEM-файла FILE для https</translation>
    </message>
    <message>
        <source>flush each flag to the disk before renaming it into place, so that it is complete or absent after a power cut too (slower)</source>
        <translation>сбрасывать каждый флаг на диск перед переименованием на место, чтобы и после отключения питания он был либо целым, либо отсутствовал (медленнее)</translation>
    </message>
    <message>
        <source>seed of the built-in servers&apos; delays, errors and faults: each run repeats exactly</source>
        <translation>зерно задержек, ошибок и сбоев встроенных серверов: каждый прогон повторяется в точности</translation>
    </message>
    <message>
        <source>the built-in servers make some flags faulty: LIST is one or more of reset, truncate, stall and garbage, as flaglab-server --faults (none: turn them off)</source>
        <translation>встроенные серверы вносят сбои в часть флагов: LIST — одно или несколько из reset, truncate, stall и garbage, как у flaglab-server --faults (none — отключить их)</translation>
    </message>
    <message>
        <source>share of the flags the built-in servers make faulty, 0 to 1 (default 0.25)</source>
        <translation>доля флагов, в которые встроенные серверы вносят сбои, от 0 до 1 (по умолчанию 0.25)</translation>
    </message>
    <message>
        <source>replay a recorded run at start: a FlagLab JSON report, a FlagLab HAR or a HAR from any other tool; nothing is downloaded</source>
        <translation>при запуске воспроизвести записанный прогон: отчёт JSON FlagLab, HAR FlagLab или HAR любого другого инструмента; ничего не загружается</translation>
    </message>
    <message>
        <source>speed of --replay, from 0.05 to 4 (default 1: as recorded)</source>
        <translation>скорость --replay, от 0.05 до 4 (по умолчанию 1: как записано)</translation>
    </message>
    <message>
        <source>pause --replay S seconds into the recorded run; with --quit-when-done, the report and screenshot are of that moment</source>
        <translation>поставить --replay на паузу через S секунд записанного прогона; с --quit-when-done отчёт и снимок окна относятся к этому моменту</translation>
    </message>
    <message>
        <source>race mode: a lane with the flags2 command line ARGS (e.g. &quot;-s DELAY -m 1&quot;); give it %1 to %2 times, and --start races the lanes at once</source>
        <translation>режим гонки: дорожка с командной строкой flags2 ARGS (например, &quot;-s DELAY -m 1&quot;); укажите от %1 до %2 раз, и --start запустит дорожки одновременно</translation>
    </message>
    <message>
        <source>--speed X must be a number from %1 to %2</source>
        <translation>--speed X должно быть числом от %1 до %2</translation>
    </message>
    <message>
        <source>--speed goes with --replay</source>
        <translation>--speed указывается только вместе с --replay</translation>
    </message>
    <message>
        <source>--pause-at S must be a number of seconds over 0</source>
        <translation>--pause-at S должно быть числом секунд больше 0</translation>
    </message>
    <message>
        <source>--pause-at goes with --replay</source>
        <translation>--pause-at указывается только вместе с --replay</translation>
    </message>
    <message>
        <source>--replay cannot go with --start, --preset or --sweep</source>
        <translation>--replay нельзя указывать вместе с --start, --preset или --sweep</translation>
    </message>
    <message>
        <source>--race takes %1 to %2 lanes, one --race &quot;ARGS&quot; each; %3 given</source>
        <translation>--race принимает от %1 до %2 дорожек, по одному --race &quot;ARGS&quot; на каждую; указано: %3</translation>
    </message>
    <message>
        <source>--race cannot go with --preset, --sweep or --replay</source>
        <translation>--race нельзя указывать вместе с --preset, --sweep или --replay</translation>
    </message>
    <message>
        <source>--fault-rate needs --faults, e.g. --faults reset,truncate</source>
        <translation>--fault-rate требует --faults, например --faults reset,truncate</translation>
    </message>
    <message>
        <source>--faults LIST takes reset, truncate, stall and garbage, separated by commas, or none</source>
        <translation>--faults LIST принимает reset, truncate, stall и garbage через запятую или none</translation>
    </message>
    <message>
        <source>--fault-rate P must be a number from 0 to 1</source>
        <translation>--fault-rate P должно быть числом от 0 до 1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>What the compare plot draws for each ticked run</source>
        <translation>Что рисует график сравнения для каждого отмеченного прогона</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Снять &amp;все отметки</translation>
    </message>
    <message>
        <source>Take every run off the compare plot</source>
        <translation>Убрать все прогоны с графика сравнения</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Очистить историю…</translation>
    </message>
    <message>
        <source>Forget every run of this session (save the history first to keep it)</source>
        <translation>Забыть все прогоны этого сеанса (чтобы сохранить их, сначала сохраните историю)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>FlagLab will use this language the next time it starts. Restart FlagLab now? The current run and its history will be lost.</source>
        <translation>FlagLab перейдёт на этот язык при следующем запуске. Перезапустить FlagLab сейчас? Текущий прогон и история прогонов будут потеряны.</translation>
    </message>
</context>
<context>
    <name>LoadPolicy</name>
    <message>
        <source>%1 concurrent requests (more than %2)</source>
        <translation>одновременных запросов — %1 (больше %2)</translation>
    </message>
    <message>
        <source>%1 requests in one run (more than %2)</source>
        <translation>запросов за прогон — %1 (больше %2)</translation>
    </message>
    <message>
        <source>%1 is not our server, and this run would send it %2. To a server that is not yours, that load can look like a denial-of-service attack.</source>
        <translation>%1 — не наш сервер, а этот прогон дал бы ему такую нагрузку: %2. Для чужого сервера такая нагрузка может выглядеть как атака типа «отказ в обслуживании».</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FlagLab</source>
        <translation>FlagLab</translation>
    </message>
    <message>
        <source>&amp;Flags</source>
        <translation>&amp;Флаги</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>&amp;Серия</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Прогон</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Прогон</translation>
    </message>
    <message>
        <source>Built-in servers</source>
        <translation>Встроенные серверы</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>Запросы во времени</translation>
    </message>
    <message>
        <source>Little&apos;s law</source>
        <translation>Закон Литтла</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Пуск</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>Run the controls&apos; server and flags once per concurrency level of the Sweep view</source>
        <translation>Выполнить по прогону с сервером и флагами из панели управления для каждого уровня параллелизма вкладки «Серия»</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <source>Full screen, large type and high contrast, for a projector (F11, Ctrl+Shift+P)</source>
        <translation>Во весь экран, крупный шрифт и высокая контрастность — для проектора (F11, Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Open the downloads folder</source>
        <translation>&amp;Открыть папку загрузок</translation>
    </message>
    <message>
        <source>Save a &amp;screenshot…</source>
        <translation>Сохранить &amp;снимок окна…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About FlagLab</source>
        <translation>&amp;О программе FlagLab</translation>
    </message>
    <message>
        <source>Book &amp;scenes</source>
        <translation>&amp;Сцены из книги</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить раскладку</translation>
    </message>
    <message>
        <source>Put every panel back where it starts and the window at its first size</source>
        <translation>Вернуть все панели на исходные места, а окну — первоначальный размер</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>Показать сведения о версии.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Показать справку по параметрам командной строки.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Показать справку, включая параметры Qt.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Неизвестные параметры: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Нет значения после «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Лишнее значение после «%1».</translation>
    </message>
</context>
<context>
    <name>RaceLane</name>
    <message>
        <source>a lane is a run&apos;s options; --help goes alone</source>
        <translation>дорожка — это параметры прогона; --help указывается отдельно</translation>
    </message>
    <message>
        <source>--base-port is the window&apos;s, for every lane: give it before the first --race</source>
        <translation>--base-port относится ко всему окну, для всех дорожек: укажите его до первого --race</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>REPLAY</source>
        <translation>ПОВТОР</translation>
    </message>
    <message>
        <source>A recorded run played back: nothing is downloaded</source>
        <translation>Воспроизводится записанный прогон: ничего не загружается</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>С&amp;корость</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Drag to any moment of the run</source>
        <translation>Перетащите к любому моменту прогона</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>--timeout S must be &gt; 0 and &lt;= 3600</source>
        <translation>--timeout S должно быть &gt; 0 и &lt;= 3600</translation>
    </message>
    <message>
        <source>--retries N must be from 0 to 10</source>
        <translation>--retries N должно быть от 0 до 10</translation>
    </message>
    <message>
        <source>--max-connecting N must be from 0 to %1</source>
        <translation>--max-connecting N должно быть от 0 до %1</translation>
    </message>
    <message>
        <source>--http1 and --http2 cannot go together</source>
        <translation>--http1 и --http2 нельзя указывать вместе</translation>
    </message>
    <message>
        <source>--cacert FILE: no PEM certificate in %1</source>
        <translation>--cacert FILE: в %1 нет сертификата PEM</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Run the built-in servers</source>
        <translation>Запускать встроенные серверы</translation>
    </message>
    <message>
        <source>LOCAL, DELAY and ERROR in this program, on ports 8000, 8001 and 8002 (off with --no-servers)</source>
        <translation>LOCAL, DELAY и ERROR внутри программы, на портах 8000, 8001 и 8002 (отключаются параметром --no-servers)</translation>
    </message>
    <message>
        <source>Live stats</source>
        <translation>Статистика в реальном времени</translation>
    </message>
    <message>
        <source>Reset stats</source>
        <translation>Сбросить статистику</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>For the next run</source>
        <translation>Для следующего прогона</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation>&amp;Задержка</translation>
    </message>
    <message>
        <source>Shortest wait before each answer</source>
        <translation>Наименьшее ожидание перед каждым ответом</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Longest wait before each answer (uniformly random in between)</source>
        <translation>Наибольшее ожидание перед каждым ответом (между ними — равномерно случайное)</translation>
    </message>
    <message>
        <source>Error &amp;rate</source>
        <translation>&amp;Доля ошибок</translation>
    </message>
    <message>
        <source>Share of the GETs answered with the error status instead of the flag</source>
        <translation>Доля запросов GET, на которые вместо флага приходит код ошибки</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Error s&amp;tatus</source>
        <translation>&amp;Код ошибки</translation>
    </message>
    <message>
        <source>HTTP status of the errors (the book&apos;s is 418 I&apos;m a Teapot)</source>
        <translation>HTTP-код ошибок (в книге — 418 I’m a Teapot)</translation>
    </message>
    <message>
        <source>&amp;Bandwidth</source>
        <translation>&amp;Полоса</translation>
    </message>
    <message>
        <source>Speed limit of each response</source>
        <translation>Ограничение скорости каждого ответа</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> KB/s</source>
        <translation> КБ/с</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>З&amp;ерно</translation>
    </message>
    <message>
        <source>Seed of the delays and errors: the same seed gives the same run</source>
        <translation>Зерно случайных задержек и ошибок: одно и то же зерно даёт одинаковый прогон</translation>
    </message>
    <message>
        <source>from the clock</source>
        <translation>по часам</translation>
    </message>
    <message>
        <source>Book defaults</source>
        <translation>Как в книге</translation>
    </message>
    <message>
        <source>Reset this server&apos;s settings to the book&apos;s</source>
        <translation>Вернуть настройки этого сервера к книжным</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>re&amp;set</source>
        <translation>с&amp;брос</translation>
    </message>
    <message>
        <source>Half the flag, then the connection is reset (HTTP/2: the stream)</source>
        <translation>Половина флага, затем соединение сбрасывается (HTTP/2: поток)</translation>
    </message>
    <message>
        <source>tr&amp;uncate</source>
        <translation>&amp;обрыв</translation>
    </message>
    <message>
        <source>Half the flag, then the connection closes, short of the length it announced</source>
        <translation>Половина флага, затем соединение закрывается, не дойдя до объявленной длины</translation>
    </message>
    <message>
        <source>st&amp;all</source>
        <translation>за&amp;висание</translation>
    </message>
    <message>
        <source>Half the flag, then nothing more: the connection stays open until the client gives up</source>
        <translation>Половина флага, затем больше ничего: соединение остаётся открытым, пока клиент не сдастся</translation>
    </message>
    <message>
        <source>&amp;garbage</source>
        <translation>&amp;мусор</translation>
    </message>
    <message>
        <source>A whole 200 answer whose body is a web page, labelled image/gif all the same</source>
        <translation>Полный ответ 200, тело которого — веб-страница, хоть и помеченная как image/gif</translation>
    </message>
    <message>
        <source>&amp;Fault rate</source>
        <translation>До&amp;ля сбоев</translation>
    </message>
    <message>
        <source>Share of the flags (200 answers) made faulty, each ticked fault as likely; drawn from the seed too</source>
        <translation>Доля флагов (ответов 200), в которые вносится сбой, все отмеченные сбои равновероятны; тоже определяется зерном</translation>
    </message>
</context>
<context>
    <name>SweepRunner</name>
    <message>
        <source>each sweep value must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>каждое значение серии должно быть целым числом от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>the sweep needs at least one concurrency value</source>
        <translation>для серии нужен хотя бы один уровень параллелизма</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>Concurrency &amp;levels</source>
        <translation>&amp;Уровни параллелизма</translation>
    </message>
    <message>
        <source>One run per value, in this order: whole numbers from 1 to 1000, separated by commas</source>
        <translation>По прогону на каждое значение, в этом порядке: целые числа от 1 до 1000 через запятую</translation>
    </message>
    <message>
        <source>1 … 512</source>
        <translation>1 … 512</translation>
    </message>
    <message>
        <source>Back to the default levels: 1, 2, 4, …, 512</source>
        <translation>Вернуть уровни по умолчанию: 1, 2, 4, …, 512</translation>
    </message>
    <message>
        <source>▶ S&amp;weep</source>
        <translation>▶ &amp;Серия</translation>
    </message>
    <message>
        <source>Run the server and flags chosen in the Run panel once per level, each run into an empty folder</source>
        <translation>Выполнить по прогону с сервером и флагами из панели «Прогон» для каждого уровня, каждый раз в пустую папку</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>Stop the run under way and the rest of the sweep</source>
        <translation>Остановить текущий прогон и оставшуюся часть серии</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1 site: %2</source>
        <translation>Сайт %1: %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n flag(s): %1</source>
        <translation>
            <numerusform>Ищем %n флаг: %1</numerusform>
            <numerusform>Ищем %n флага: %1</numerusform>
            <numerusform>Ищем %n флагов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent connection(s) will be used.</source>
        <translation>
            <numerusform>Будет использовано %n одновременное соединение.</numerusform>
            <numerusform>Будут использованы %n одновременных соединения.</numerusform>
            <numerusform>Будет использовано %n одновременных соединений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flag(s) downloaded.</source>
        <translation>
            <numerusform>флаг загружен.</numerusform>
            <numerusform>флага загружено.</numerusform>
            <numerusform>флагов загружено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not found.</source>
        <translation>
            <numerusform>не найден.</numerusform>
            <numerusform>не найдено.</numerusform>
            <numerusform>не найдено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error(s).</source>
        <translation>
            <numerusform>ошибка.</numerusform>
            <numerusform>ошибки.</numerusform>
            <numerusform>ошибок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled.</source>
        <translation>
            <numerusform>отменён.</numerusform>
            <numerusform>отменено.</numerusform>
            <numerusform>отменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Elapsed time: %1s</source>
        <translation>Затраченное время: %1 с</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>не найден: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n соединение</numerusform>
            <numerusform>%n соединения</numerusform>
            <numerusform>%n соединений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2.</source>
        <translation>
            <numerusform>Будет использован %n одновременный запрос через %1, если сервер согласится на HTTP/2.</numerusform>
            <numerusform>Будут использованы %n одновременных запроса через %1, если сервер согласится на HTTP/2.</numerusform>
            <numerusform>Будут использованы %n одновременных запросов через %1, если сервер согласится на HTTP/2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1.</source>
        <translation>
            <numerusform>Будет использован %n одновременный запрос через %1.</numerusform>
            <numerusform>Будут использованы %n одновременных запроса через %1.</numerusform>
            <numerusform>Будут использованы %n одновременных запросов через %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::BaseUrlValidator</name>
    <message>
        <source>Type the server&apos;s base URL, e.g. http://127.0.0.1:8080/flags.</source>
        <translation>Введите базовый URL сервера, например http://127.0.0.1:8080/flags.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>«%1» — недопустимый URL.</translation>
    </message>
</context>
<context>
    <name>flaglab::BuiltInServers</name>
    <message>
        <source>%1 is not running: %2. FlagLab uses whatever answers on port %3.</source>
        <translation>%1 не запущен: %2. FlagLab использует то, что отвечает на порту %3.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 с</translation>
    </message>
    <message>
        <source>waits %1 before each answer, not the book&apos;s %2</source>
        <translation>ждёт %1 перед каждым ответом, а не %2, как в книге</translation>
    </message>
    <message>
        <source>answers %1 to %2% of the flags, not the book&apos;s 418 to 25%</source>
        <translation>отвечает %1 на %2% флагов, а не 418 на 25%, как в книге</translation>
    </message>
    <message>
        <source>sends %1 kB/s per answer</source>
        <translation>отдаёт %1 кБ/с на ответ</translation>
    </message>
    <message>
        <source>%1 here %2 (Built-in servers panel).</source>
        <translation>%1 здесь %2 (панель «Встроенные серверы»).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>makes %1% of the flag answers faulty (%2)</source>
        <translation>вносит сбои в %1% ответов с флагами (%2)</translation>
    </message>
</context>
<context>
    <name>flaglab::CodeListValidator</name>
    <message>
        <source>Type country codes or first letters, e.g. BR CN or B.</source>
        <translation>Введите коды стран или первые буквы, например BR CN или B.</translation>
    </message>
    <message>
        <source>“%1” is not a code: type two letters (BR) or one first letter (B).</source>
        <translation>«%1» — не код: введите две буквы (BR) или одну первую букву (B).</translation>
    </message>
</context>
<context>
    <name>flaglab::ControlsPanel</name>
    <message>
        <source>1 code: %1</source>
        <translation>1 код: %1</translation>
    </message>
    <message>
        <source>%1 codes: %2</source>
        <translation>Кодов — %1: %2</translation>
    </message>
    <message>
        <source>%1 codes: %2 … %3</source>
        <translation>Кодов — %1: %2 … %3</translation>
    </message>
    <message>
        <source>LOCAL: plain file server</source>
        <translation>LOCAL: простой файловый сервер</translation>
    </message>
    <message>
        <source>DELAY: slow server</source>
        <translation>DELAY: медленный сервер</translation>
    </message>
    <message>
        <source>ERROR: slow, with errors</source>
        <translation>ERROR: медленный, с ошибками</translation>
    </message>
    <message>
        <source>REMOTE: fluentpython.com</source>
        <translation>REMOTE: fluentpython.com</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>Свой URL…</translation>
    </message>
    <message>
        <source>POP20: 20 most populous</source>
        <translation>POP20: 20 самых населённых</translation>
    </message>
    <message>
        <source>All 194 flags (-a)</source>
        <translation>Все 194 флага (-a)</translation>
    </message>
    <message>
        <source>Every code AA–ZZ (-e)</source>
        <translation>Все коды AA–ZZ (-e)</translation>
    </message>
    <message>
        <source>Codes or first letters</source>
        <translation>Коды или первые буквы</translation>
    </message>
    <message>
        <source>One request at a time, as flags2_sequential</source>
        <translation>По одному запросу за раз, как flags2_sequential</translation>
    </message>
    <message>
        <source>Up to %1 requests at once</source>
        <translation>До %1 запросов одновременно</translation>
    </message>
    <message>
        <source>1 connection will be used.</source>
        <translation>Будет использовано 1 соединение.</translation>
    </message>
    <message>
        <source>%1 concurrent connections will be used.</source>
        <translation>Одновременных соединений: %1.</translation>
    </message>
    <message>
        <source>Save the flags in</source>
        <translation>Сохранять флаги в</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1: нужно число от %2 до %3, а не «%4»</translation>
    </message>
    <message>
        <source>HTTP/1.1: a connection per request</source>
        <translation>HTTP/1.1: соединение на запрос</translation>
    </message>
    <message>
        <source>HTTP/2: streams on one connection</source>
        <translation>HTTP/2: потоки в одном соединении</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n соединение</numerusform>
            <numerusform>%n соединения</numerusform>
            <numerusform>%n соединений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2.</source>
        <translation>
            <numerusform>Будет использован %n одновременный запрос через %1, если сервер согласится на HTTP/2.</numerusform>
            <numerusform>Будут использованы %n одновременных запроса через %1, если сервер согласится на HTTP/2.</numerusform>
            <numerusform>Будут использованы %n одновременных запросов через %1, если сервер согласится на HTTP/2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1.</source>
        <translation>
            <numerusform>Будет использован %n одновременный запрос через %1.</numerusform>
            <numerusform>Будут использованы %n одновременных запроса через %1.</numerusform>
            <numerusform>Будут использованы %n одновременных запросов через %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::FileActions</name>
    <message>
        <source>&amp;Open a run history…</source>
        <translation>&amp;Открыть историю прогонов…</translation>
    </message>
    <message>
        <source>Add the runs of a saved history to this session&apos;s, to compare them</source>
        <translation>Добавить прогоны из сохранённой истории к прогонам этого сеанса, чтобы сравнить их</translation>
    </message>
    <message>
        <source>Save the run &amp;history…</source>
        <translation>Сохранить &amp;историю прогонов…</translation>
    </message>
    <message>
        <source>Export the run&apos;s &amp;report (JSON)…</source>
        <translation>Экспортировать &amp;отчёт о прогоне (JSON)…</translation>
    </message>
    <message>
        <source>Export the run&apos;s &amp;timings (CSV)…</source>
        <translation>Экспортировать &amp;тайминги прогона (CSV)…</translation>
    </message>
    <message>
        <source>One row per request: start, first byte and end, as seconds since the run&apos;s start</source>
        <translation>По строке на запрос: начало, первый байт и конец, в секундах от начала прогона</translation>
    </message>
    <message>
        <source>Export the s&amp;weep (CSV)…</source>
        <translation>Экспортировать &amp;серию (CSV)…</translation>
    </message>
    <message>
        <source>Save a &amp;plot as an image</source>
        <translation>Сохранить &amp;график как изображение</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation>Экспорт отчёта о прогоне</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the run&apos;s timings</source>
        <translation>Экспорт таймингов прогона</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the sweep</source>
        <translation>Экспорт серии</translation>
    </message>
    <message>
        <source>Save the plot</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>Save the run history</source>
        <translation>Сохранить историю прогонов</translation>
    </message>
    <message>
        <source>FlagLab histories (*.json)</source>
        <translation>Истории FlagLab (*.json)</translation>
    </message>
    <message>
        <source>Open a run history</source>
        <translation>Открыть историю прогонов</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Не открыто</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>The report flaglab-cli --json writes, of the run chosen in the History view, else the latest</source>
        <translation>Отчёт, который пишет flaglab-cli --json, о прогоне, выбранном на вкладке «История», иначе о последнем</translation>
    </message>
    <message>
        <source>Export the run as H&amp;AR…</source>
        <translation>Экспортировать прогон в H&amp;AR…</translation>
    </message>
    <message>
        <source>The run chosen in the History view, else the latest, as an HTTP Archive, the file browsers&apos; developer tools save and read (as flaglab-cli --har)</source>
        <translation>Прогон, выбранный на вкладке «История», иначе последний, как HTTP-архив — файл, который сохраняют и читают инструменты разработчика браузеров (как flaglab-cli --har)</translation>
    </message>
    <message>
        <source>Export the run as HAR</source>
        <translation>Экспорт прогона в HAR</translation>
    </message>
    <message>
        <source>HTTP Archives (*.har)</source>
        <translation>HTTP-архивы (*.har)</translation>
    </message>
</context>
<context>
    <name>flaglab::HistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 (one manager)</source>
        <translation>%1 (один менеджер)</translation>
    </message>
    <message>
        <source>%1
%2 at %3
%4 requested: %5 OK, %6 not found, %7 errors, %8 cancelled
at most %9 in flight</source>
        <translation>%1
%2 в %3
запрошено %4: OK — %5, не найдено — %6, ошибок — %7, отменено — %8
не более %9 одновременно</translation>
    </message>
    <message>
        <source>Tick a run to draw it on the compare plot</source>
        <translation>Отметьте прогон, чтобы нарисовать его на графике сравнения</translation>
    </message>
    <message>
        <source>Requests allowed in flight at once (-m)</source>
        <translation>Сколько запросов может выполняться одновременно (-m)</translation>
    </message>
    <message>
        <source>Flags downloaded per second of the whole run</source>
        <translation>Флагов загружено в секунду за весь прогон</translation>
    </message>
    <message>
        <source>Mean time from a request&apos;s start to its answer</source>
        <translation>Среднее время от начала запроса до ответа</translation>
    </message>
    <message>
        <source>95 of 100 requests were answered at least this fast</source>
        <translation>95 из 100 запросов получили ответ не медленнее этого</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Прогон</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>-m</source>
        <translation>-m</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Flags/s</source>
        <translation>Флагов/с</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Средняя задержка</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Задержка p95</translation>
    </message>
</context>
<context>
    <name>flaglab::HistoryView</name>
    <message>
        <source>flags per second</source>
        <translation>флагов в секунду</translation>
    </message>
    <message>
        <source>flags downloaded so far</source>
        <translation>загружено флагов к этому моменту</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Очистить историю</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n run(s) of this session? Save the history first to compare them later.</source>
        <translation>
            <numerusform>Забыть %n прогон этого сеанса? Чтобы сравнить его позже, сначала сохраните историю.</numerusform>
            <numerusform>Забыть все %n прогона этого сеанса? Чтобы сравнить их позже, сначала сохраните историю.</numerusform>
            <numerusform>Забыть все %n прогонов этого сеанса? Чтобы сравнить их позже, сначала сохраните историю.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;HAR…</source>
        <translation>Экспортировать в &amp;HAR…</translation>
    </message>
</context>
<context>
    <name>flaglab::LabFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the image %1</source>
        <translation>Не удаётся сохранить изображение %1</translation>
    </message>
    <message>
        <source>“%1” was opened from a saved history, which keeps its timings but not its report. Export its timings (CSV) instead.</source>
        <translation>«%1» открыт из сохранённой истории, где хранятся его тайминги, но не отчёт. Экспортируйте вместо него тайминги (CSV).</translation>
    </message>
</context>
<context>
    <name>flaglab::LabViews</name>
    <message>
        <source>== Scene: %1 ==</source>
        <translation>== Сцена: %1 ==</translation>
    </message>
    <message>
        <source>%1, 1 request a run</source>
        <translation>%1, 1 запрос за прогон</translation>
    </message>
    <message>
        <source>%1, %2 requests a run</source>
        <translation>%1, запросов за прогон: %2</translation>
    </message>
    <message>
        <source>== Sweep: %1 at -m %2 ==</source>
        <translation>== Серия: %1 при -m %2 ==</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>flaglab::LittlesLawPanel</name>
    <message>
        <source>answers per second</source>
        <translation>ответов в секунду</translation>
    </message>
    <message>
        <source>Little&apos;s law, live during a run</source>
        <translation>Закон Литтла в реальном времени во время прогона</translation>
    </message>
    <message>
        <source>Waiting for answers…</source>
        <translation>Ожидание ответов…</translation>
    </message>
    <message>
        <source>✔ L = λ·W: steady state</source>
        <translation>✔ L = λ·W: установившийся режим</translation>
    </message>
    <message>
        <source>✖ λ·W &lt; L: the pool is filling, answers still to come</source>
        <translation>✖ λ·W &lt; L: пул заполняется, ответы ещё впереди</translation>
    </message>
    <message>
        <source>✖ λ·W &gt; L: the pool is draining</source>
        <translation>✖ λ·W &gt; L: пул опустошается</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>λ times W</source>
        <translation>λ, умноженное на W</translation>
    </message>
    <message>
        <source>seconds each</source>
        <translation>секунд на запрос</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Over the whole run:</source>
        <translation>За весь прогон:</translation>
    </message>
    <message>
        <source>Over the last %1 s:</source>
        <translation>За последние %1 с:</translation>
    </message>
    <message>
        <source>✔ L = λ·W over the whole run</source>
        <translation>✔ L = λ·W за весь прогон</translation>
    </message>
</context>
<context>
    <name>flaglab::LoadConsent</name>
    <message>
        <source>Not started. %1 Use -m %2 or less (and fewer codes), or add --allow-remote-load if the server&apos;s owner agrees to this load.</source>
        <translation>Не запущено. %1 Укажите -m %2 или меньше (и меньше кодов) либо добавьте --allow-remote-load, если владелец сервера согласен на такую нагрузку.</translation>
    </message>
    <message>
        <source>Somebody else&apos;s server</source>
        <translation>Чужой сервер</translation>
    </message>
    <message>
        <source>%1

Go ahead only if the server&apos;s owner agrees to this load.</source>
        <translation>%1

Продолжайте, только если владелец сервера согласен на такую нагрузку.</translation>
    </message>
</context>
<context>
    <name>flaglab::MainWindow</name>
    <message>
        <source>Save a screenshot</source>
        <translation>Сохранить снимок окна</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>About FlagLab</source>
        <translation>О программе FlagLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FlagLab %1&lt;/h3&gt;&lt;p&gt;Downloads the world&apos;s flags with as many concurrent requests as you choose, and shows it happening: the flags2 examples of &lt;i&gt;Fluent Python&lt;/i&gt;, made visible.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FlagLab %1&lt;/h3&gt;&lt;p&gt;Загружает флаги стран мира тем числом одновременных запросов, какое вы выберете, и показывает, как это происходит: примеры flags2 из книги &lt;i&gt;«Python. К вершинам мастерства»&lt;/i&gt; (&lt;i&gt;Fluent Python&lt;/i&gt;) — наглядно.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation>Сохранение в %1</translation>
    </message>
    <message>
        <source>The flags of the run, as they arrive</source>
        <translation>Флаги прогона по мере их прихода</translation>
    </message>
    <message>
        <source>Every run of the session; tick runs to compare them</source>
        <translation>Все прогоны сеанса; отметьте прогоны, чтобы сравнить их</translation>
    </message>
    <message>
        <source>Throughput against concurrency: find the knee</source>
        <translation>Пропускная способность в зависимости от параллелизма: найдите излом</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>Запросы во времени</translation>
    </message>
    <message>
        <source>Compared runs</source>
        <translation>Сравнение прогонов</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (остановлен)</translation>
    </message>
    <message>
        <source>Race…</source>
        <translation>Гонка…</translation>
    </message>
    <message>
        <source>Race two to four runs side by side, started at the same instant</source>
        <translation>Гонка от двух до четырёх прогонов бок о бок, запущенных в один и тот же момент</translation>
    </message>
    <message>
        <source>--- back to %1 s</source>
        <translation>--- возврат к %1 с</translation>
    </message>
    <message>
        <source>Cannot replay</source>
        <translation>Не удаётся воспроизвести</translation>
    </message>
</context>
<context>
    <name>flaglab::OverlayPlot</name>
    <message>
        <source>time since start (s)</source>
        <translation>время от начала (с)</translation>
    </message>
    <message>
        <source>Tick runs in the table to compare them here.</source>
        <translation>Отметьте прогоны в таблице, чтобы сравнить их здесь.</translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation>флагов/с</translation>
    </message>
    <message>
        <source>flags downloaded</source>
        <translation>загружено флагов</translation>
    </message>
    <message>
        <source>%1: %2 s, %3 flags/s</source>
        <translation>%1: %2 с, %3 флагов/с</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>флаги</translation>
    </message>
</context>
<context>
    <name>flaglab::ProgressStrip</name>
    <message>
        <source>✔ %1 OK</source>
        <translation>✔ OK: %1</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>не найдено: %1</translation>
    </message>
    <message>
        <source>✖ 1 error</source>
        <translation>✖ ошибок: 1</translation>
    </message>
    <message>
        <source>✖ %1 errors</source>
        <translation>✖ ошибок: %1</translation>
    </message>
    <message>
        <source> · %1 cancelled</source>
        <translation> · отменено: %1</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>в работе: %1</translation>
    </message>
    <message>
        <source>%1 flags/s</source>
        <translation>%1 флагов/с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source> · stopped</source>
        <translation> · остановлен</translation>
    </message>
    <message>
        <source> · %1 queued in Qt</source>
        <translation> · в очереди Qt: %1</translation>
    </message>
    <message>
        <source>%1 flags/s avg</source>
        <translation>%1 флагов/с в ср.</translation>
    </message>
    <message>
        <source>OK flags per second of the whole run</source>
        <translation>Флагов OK в секунду за весь прогон</translation>
    </message>
    <message>
        <source>OK flags per second over the last %1 s</source>
        <translation>Флагов OK в секунду за последние %1 с</translation>
    </message>
</context>
<context>
    <name>flaglab::RaceEditor</name>
    <message>
        <source>Race lanes</source>
        <translation>Дорожки гонки</translation>
    </message>
    <message>
        <source>Each lane is a flags2 command line, as flaglab-cli takes it (-m 5 unless it says). Fill in two to four; they start at the same instant.</source>
        <translation>Каждая дорожка — командная строка flags2 в том виде, в каком её принимает flaglab-cli (-m 5, если не указано иное). Заполните от двух до четырёх; они стартуют в один и тот же момент.</translation>
    </message>
    <message>
        <source>e.g. -s DELAY -m 1</source>
        <translation>например, -s DELAY -m 1</translation>
    </message>
    <message>
        <source>e.g. -s DELAY -m 20 --threads</source>
        <translation>например, -s DELAY -m 20 --threads</translation>
    </message>
    <message>
        <source>Lane %1:</source>
        <translation>Дорожка %1:</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>Дорожка %1: %2</translation>
    </message>
    <message>
        <source>A race needs at least %1 lanes.</source>
        <translation>Для гонки нужно не меньше %1 дорожек.</translation>
    </message>
</context>
<context>
    <name>flaglab::RaceLaneView</name>
    <message>
        <source>1st</source>
        <translation>1-е</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2-е</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3-е</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1-е</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stop this lane only; the others run on</source>
        <translation>Остановить только эту дорожку; остальные продолжат</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готова</translation>
    </message>
    <message>
        <source>%1× faster than the slowest</source>
        <translation>%1× быстрее самой медленной</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>идёт…</translation>
    </message>
    <message>
        <source>stopped after %1 s</source>
        <translation>остановлена через %1 с</translation>
    </message>
    <message numerus="yes">
        <source>no flags: %n error(s)</source>
        <translation>
            <numerusform>нет флагов: %n ошибка</numerusform>
            <numerusform>нет флагов: %n ошибки</numerusform>
            <numerusform>нет флагов: %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 с</translation>
    </message>
    <message>
        <source>%1
the slowest</source>
        <translation>%1
самая медленная</translation>
    </message>
    <message>
        <source>%1
%2× faster than the slowest</source>
        <translation>%1
%2× быстрее самой медленной</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не запущена</translation>
    </message>
</context>
<context>
    <name>flaglab::RaceWindow</name>
    <message>
        <source>FlagLab race</source>
        <translation>Гонка FlagLab</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Гонка</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>Начать гонку</translation>
    </message>
    <message>
        <source>Start every lane at the same instant (F5)</source>
        <translation>Запустить все дорожки в один и тот же момент (F5)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Остановить все</translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation>Дорожки…</translation>
    </message>
    <message>
        <source>Two to four lanes, each a flags2 command line</source>
        <translation>От двух до четырёх дорожек, каждая — командная строка flags2</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Режим презентации</translation>
    </message>
    <message>
        <source>the lanes are racing</source>
        <translation>дорожки уже в гонке</translation>
    </message>
    <message>
        <source>a race has %1 to %2 lanes</source>
        <translation>в гонке от %1 до %2 дорожек</translation>
    </message>
    <message>
        <source>The race was not started.</source>
        <translation>Гонка не началась.</translation>
    </message>
    <message>
        <source>Lane %1 cannot start: %2</source>
        <translation>Дорожка %1 не может стартовать: %2</translation>
    </message>
    <message>
        <source>Choose two to four lanes (Lanes…).</source>
        <translation>Выберите от двух до четырёх дорожек («Дорожки…»).</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s), ready: Start race (F5) starts them at the same instant.</source>
        <translation>
            <numerusform>%n дорожка готова: «Начать гонку» (F5) запустит её.</numerusform>
            <numerusform>%n дорожки готовы: «Начать гонку» (F5) запустит их в один и тот же момент.</numerusform>
            <numerusform>%n дорожек готово: «Начать гонку» (F5) запустит их в один и тот же момент.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Racing: %1 of %n lane(s) still running.</source>
        <translation>
            <numerusform>Гонка: ещё идут %1 из %n дорожки.</numerusform>
            <numerusform>Гонка: ещё идут %1 из %n дорожек.</numerusform>
            <numerusform>Гонка: ещё идут %1 из %n дорожек.</numerusform>
        </translation>
    </message>
    <message>
        <source>All lanes over in %1 s; none brought a flag.</source>
        <translation>Все дорожки завершились за %1 с; ни одна не принесла флага.</translation>
    </message>
    <message>
        <source>All lanes over in %1 s; the slowest lane took %2 s. Lane %3 won, %4× faster than the slowest.</source>
        <translation>Все дорожки завершились за %1 с; самой медленной понадобилось %2 с. Победила дорожка %3: %4× быстрее самой медленной.</translation>
    </message>
    <message>
        <source>The race cannot start: %1</source>
        <translation>Гонку нельзя начать: %1</translation>
    </message>
</context>
<context>
    <name>flaglab::ReplayBar</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>0.1×</source>
        <translation>0.1×</translation>
    </message>
    <message>
        <source>Play or pause the replay (Space)</source>
        <translation>Воспроизвести или поставить на паузу (пробел)</translation>
    </message>
    <message>
        <source>Pause at the next moment something happens: a request starts, connects, is sent, gets its first byte or ends (.)</source>
        <translation>Остановиться в следующий момент, когда что-то происходит: запрос начинается, соединяется, отправляется, получает первый байт или завершается (.)</translation>
    </message>
    <message>
        <source>Play at 0.1×, or back to the speed before (S)</source>
        <translation>Воспроизводить на 0.1× или вернуть прежнюю скорость (S)</translation>
    </message>
    <message>
        <source>Close replay</source>
        <translation>Закрыть воспроизведение</translation>
    </message>
    <message>
        <source>Leave the replay; the window is ready for a run of its own</source>
        <translation>Выйти из воспроизведения; окно готово к собственному прогону</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>flaglab::ReplaySession</name>
    <message>
        <source>Rep&amp;lay…</source>
        <translation>Воспрои&amp;звести…</translation>
    </message>
    <message>
        <source>Play a FlagLab report or a HAR file back in the window, at any speed</source>
        <translation>Воспроизвести в окне отчёт FlagLab или файл HAR с любой скоростью</translation>
    </message>
    <message>
        <source>Replay a recorded run</source>
        <translation>Воспроизвести записанный прогон</translation>
    </message>
    <message>
        <source>Recorded runs (*.har *.json);;HAR files (*.har);;FlagLab reports (*.json);;All files (*)</source>
        <translation>Записанные прогоны (*.har *.json);;Файлы HAR (*.har);;Отчёты FlagLab (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n request(s), %2 s recorded</source>
        <translation>
            <numerusform>%1
%n запрос, записано %2 с</numerusform>
            <numerusform>%1
%n запроса, записано %2 с</numerusform>
            <numerusform>%1
%n запросов, записано %2 с</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation>Воспроизведение: %1</translation>
    </message>
    <message>
        <source>FlagLab: replay of %1</source>
        <translation>FlagLab: воспроизведение %1</translation>
    </message>
    <message>
        <source>%1 (%2), at %3×: nothing is downloaded</source>
        <translation>%1 (%2), на %3×: ничего не загружается</translation>
    </message>
    <message>
        <source>FlagLab report</source>
        <translation>отчёт FlagLab</translation>
    </message>
    <message>
        <source>FlagLab HAR</source>
        <translation>HAR FlagLab</translation>
    </message>
    <message>
        <source>HAR from another tool</source>
        <translation>HAR другого инструмента</translation>
    </message>
</context>
<context>
    <name>flaglab::RunName</name>
    <message>
        <source>%1 codes</source>
        <translation>кодов: %1</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>потоки</translation>
    </message>
    <message>
        <source>one manager</source>
        <translation>один менеджер</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>цикл событий</translation>
    </message>
</context>
<context>
    <name>flaglab::ScenesMenu</name>
    <message>
        <source>Replay a scene of the book: the controls, the servers and every run</source>
        <translation>Воспроизвести сцену из книги: настройки, серверы и все прогоны</translation>
    </message>
</context>
<context>
    <name>flaglab::ServerPanel</name>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Where the server listens</source>
        <translation>Порт, который слушает сервер</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Получено запросов</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Requests being answered now (the most at once)</source>
        <translation>Запросы, на которые сервер отвечает сейчас (наибольшее число одновременно)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Соединения</translation>
    </message>
    <message>
        <source>Open TCP connections now (the most at once)</source>
        <translation>Открытые сейчас TCP-соединения (наибольшее число одновременно)</translation>
    </message>
    <message>
        <source>200</source>
        <translation>200</translation>
    </message>
    <message>
        <source>Answered 200 OK: a flag</source>
        <translation>Ответ 200 OK: флаг</translation>
    </message>
    <message>
        <source>404</source>
        <translation>404</translation>
    </message>
    <message>
        <source>Answered 404 Not Found</source>
        <translation>Ответ 404 Not Found</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Answered another status, such as ERROR&apos;s 418</source>
        <translation>Ответ с другим кодом, например 418 от ERROR</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Оборвали</translation>
    </message>
    <message>
        <source>Clients that closed the connection before their answer</source>
        <translation>Клиенты, закрывшие соединение до получения ответа</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Отправлено байт</translation>
    </message>
    <message>
        <source>%1 taken</source>
        <translation>порт %1 занят</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>The longest delay must not be shorter than the shortest.</source>
        <translation>Наибольшая задержка не может быть меньше наименьшей.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight over %1</source>
        <translation>
            <numerusform>%n запрос в работе через %1</numerusform>
            <numerusform>%n запроса в работе через %1</numerusform>
            <numerusform>%n запросов в работе через %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n открытое соединение</numerusform>
            <numerusform>%n открытых соединения</numerusform>
            <numerusform>%n открытых соединений</numerusform>
        </translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>Faulty answers started (Settings: Faults): reset, truncated, stalled or garbage</source>
        <translation>Начатые ответы со сбоем (Настройки: Сбои): сброс, обрыв, зависание или мусор</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>flaglab::ServerStatusLabel</name>
    <message>
        <source>%1 :%2 taken, using what is there</source>
        <translation>%1 :%2 занят, работаем с тем, что есть</translation>
    </message>
    <message>
        <source>Built-in servers off</source>
        <translation>Встроенные серверы выключены</translation>
    </message>
    <message>
        <source>Built-in servers: %1</source>
        <translation>Встроенные серверы: %1</translation>
    </message>
</context>
<context>
    <name>flaglab::SweepPlot</name>
    <message>
        <source>concurrent requests (-m), log₂ scale</source>
        <translation>одновременных запросов (-m), шкала log₂</translation>
    </message>
    <message>
        <source>elapsed (s)</source>
        <translation>время (с)</translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation>флагов/с</translation>
    </message>
    <message>
        <source>elapsed at -m 1 ÷ N</source>
        <translation>время при -m 1 ÷ N</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>время</translation>
    </message>
    <message>
        <source>knee: -m %1
%2 flags/s (≥ 90% of the best)</source>
        <translation>излом: -m %1
%2 флагов/с (≥ 90% от лучшего)</translation>
    </message>
</context>
<context>
    <name>flaglab::SweepView</name>
    <message>
        <source>Runs the server and flags chosen in the Run panel once per level, one run after another. Throughput rises with concurrency until something saturates: the knee.</source>
        <translation>Выполняет по прогону с сервером и флагами из панели «Прогон» для каждого уровня, один за другим. Пропускная способность растёт с параллелизмом, пока что-нибудь не насытится: это излом.</translation>
    </message>
    <message>
        <source>One run per value, in this order: whole numbers from 1 to 1000, separated by commas</source>
        <translation>По прогону на каждое значение, в этом порядке: целые числа от 1 до 1000 через запятую</translation>
    </message>
    <message>
        <source>Sweeping %1: run %2 of %3, -m %4…</source>
        <translation>Серия для %1: прогон %2 из %3, -m %4…</translation>
    </message>
    <message>
        <source>The sweep of %1 stopped before its first run ended.</source>
        <translation>Серия для %1 остановлена до конца первого прогона.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Остановлено после %1 из %2 прогонов.</translation>
    </message>
    <message>
        <source>%1: no flag arrived in any run.</source>
        <translation>%1: ни в одном прогоне не пришло ни одного флага.</translation>
    </message>
    <message>
        <source>%1: the knee is at -m %2, with the best throughput: %3 flags/s.</source>
        <translation>%1: излом при -m %2, там же наибольшая пропускная способность: %3 флагов/с.</translation>
    </message>
    <message>
        <source>%1: the knee is at -m %2, %3 flags/s: 90% of the best (%4 flags/s at -m %5).</source>
        <translation>%1: излом при -m %2, %3 флагов/с — 90% от лучшего результата (%4 флагов/с при -m %5).</translation>
    </message>
    <message>
        <source>Sweep of %1</source>
        <translation>Серия для %1</translation>
    </message>
    <message>
        <source>Sweeping %1 at one level…</source>
        <translation>Серия для %1, один уровень…</translation>
    </message>
    <message>
        <source>Sweeping %1 at %2 levels…</source>
        <translation>Серия для %1, уровней: %2…</translation>
    </message>
</context>
<context>
    <name>flaglab::ThroughputPlot</name>
    <message>
        <source>time since start (s)</source>
        <translation>время от начала (с)</translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation>флагов/с</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>КБ/с</translation>
    </message>
    <message>
        <source>requests in flight</source>
        <translation>запросов в работе</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>max_req %1</source>
        <translation>max_req %1</translation>
    </message>
</context>
<context>
    <name>flaglab::ThumbnailModel</name>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>time-out</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>сброс</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>нет хоста</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>начат в %1</translation>
    </message>
    <message>
        <source>first byte after %1</source>
        <translation>первый байт через %1</translation>
    </message>
    <message>
        <source>finished after %1</source>
        <translation>завершён через %1</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>попыток: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>байт: %1</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>сохранён как %1</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>оборван</translation>
    </message>
    <message>
        <source>bad body</source>
        <translation>неверное тело</translation>
    </message>
    <message>
        <source>bad answer</source>
        <translation>неверный ответ</translation>
    </message>
</context>
<context>
    <name>flaglab::TimelineView</name>
    <message>
        <source>downloading</source>
        <translation>загружается</translation>
    </message>
    <message>
        <source>404</source>
        <translation>404</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ждёт</translation>
    </message>
    <message>
        <source>max_req %1 · peak %2 in flight</source>
        <translation>max_req %1 · пик: %2 в работе</translation>
    </message>
    <message>
        <source>peak %1 of %2</source>
        <translation>пик: %1 из %2</translation>
    </message>
    <message>
        <source>queued in Qt</source>
        <translation>в очереди Qt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>соединение</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>requests handed to Qt</source>
        <translation>запросы, переданные Qt</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>запросы</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>&amp;Group by connection</source>
        <translation>&amp;Группировать по соединениям</translation>
    </message>
    <message>
        <source>Stack the bars by the connection that carried them: over HTTP/2 many streams share one, over HTTP/1.1 each carries one request at a time</source>
        <translation>Сложить полосы по соединениям, которые их несли: в HTTP/2 много потоков делят одно, в HTTP/1.1 каждое несёт по одному запросу за раз</translation>
    </message>
    <message numerus="yes">
        <source>not on a connection: %n request(s)</source>
        <translation>
            <numerusform>не в соединении: %n запрос</numerusform>
            <numerusform>не в соединении: %n запроса</numerusform>
            <numerusform>не в соединении: %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connection %1 · %n stream(s)</source>
        <translation>
            <numerusform>соединение %1 · %n поток</numerusform>
            <numerusform>соединение %1 · %n потока</numerusform>
            <numerusform>соединение %1 · %n потоков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connection %1 · %n request(s)</source>
        <translation>
            <numerusform>соединение %1 · %n запрос</numerusform>
            <numerusform>соединение %1 · %n запроса</numerusform>
            <numerusform>соединение %1 · %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n соединение</numerusform>
            <numerusform>%n соединения</numerusform>
            <numerusform>%n соединений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · peak %2 in flight</source>
        <translation>%1 · пик: %2 в работе</translation>
    </message>
    <message>
        <source>requests, by connection</source>
        <translation>запросы по соединениям</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>соединения</translation>
    </message>
    <message>
        <source>%1 ms before it was on the wire</source>
        <translation>%1 мс до отправки</translation>
    </message>
    <message>
        <source>%1 ms from start to end</source>
        <translation>%1 мс от начала до конца</translation>
    </message>
    <message>
        <source>Not on a connection (yet): handed to Qt, or ended before it was sent.</source>
        <translation>(Пока) не в соединении: передан Qt или завершился до отправки.</translation>
    </message>
    <message>
        <source>Connection %1, HTTP/2: %2 requests as streams, at most %3 at once (manager %4).</source>
        <translation>Соединение %1, HTTP/2: запросов как потоков: %2, не больше %3 одновременно (менеджер %4).</translation>
    </message>
    <message>
        <source>Connection %1, HTTP/1.1: %2 requests, one at a time. Qt does not say which of a manager&apos;s up to 6 connections a request used: FlagLab counts one as taken from the moment a request is on the wire until it ends.</source>
        <translation>Соединение %1, HTTP/1.1: запросов: %2, по одному за раз. Qt не сообщает, какое из до 6 соединений менеджера занял запрос: FlagLab считает одно занятым с момента отправки запроса до его конца.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n хост</numerusform>
            <numerusform>%n хоста</numerusform>
            <numerusform>%n хостов</numerusform>
        </translation>
    </message>
    <message>
        <source>requests, by host</source>
        <translation>запросы по хостам</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>хосты</translation>
    </message>
    <message>
        <source>%1 · peak %2 on the wire</source>
        <translation>%1 · пик: %2 в сети</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>нет хоста</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), at most %2 on the wire at once.</source>
        <translation>
            <numerusform>%1: %n запрос, не более %2 в сети одновременно.</numerusform>
            <numerusform>%1: %n запроса, не более %2 в сети одновременно.</numerusform>
            <numerusform>%1: %n запросов, не более %2 в сети одновременно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each host has its own stack. Over HTTP/1.1 a browser keeps at most six connections per host, so no host of a browser&apos;s HAR has more than six on the wire at once: the rest wait their turn, in grey.</source>
        <translation>У каждого хоста своя стопка. В HTTP/1.1 браузер держит не более шести соединений на хост, поэтому ни у одного хоста в HAR браузера не бывает больше шести запросов в сети одновременно: остальные ждут своей очереди (серым).</translation>
    </message>
</context>
</TS>
