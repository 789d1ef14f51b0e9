<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CliMain</name>
    <message>
        <source>folder to save the flags in (default ./downloaded)</source>
        <translation>pasta onde salvar as bandeiras (padrão ./downloaded)</translation>
    </message>
    <message>
        <source>fetch metadata.json too and save each flag under its country&apos;s name</source>
        <translation>baixar também o metadata.json e salvar cada bandeira com o nome do país</translation>
    </message>
    <message>
        <source>use one QNetworkAccessManager: Qt&apos;s hidden cap of 6 connections</source>
        <translation>usar um único QNetworkAccessManager: o limite oculto do Qt de 6 conexões</translation>
    </message>
    <message>
        <source>start the built-in LOCAL, DELAY or ERROR server in this process</source>
        <translation>iniciar o servidor embutido LOCAL, DELAY ou ERROR neste processo</translation>
    </message>
    <message>
        <source>retry failed requests up to N times, with back-off (default 0)</source>
        <translation>repetir requisições que falharam até N vezes, com espera crescente (padrão 0)</translation>
    </message>
    <message>
        <source>use N threads, one blocking request each (as flags2_threadpool), instead of one event loop</source>
        <translation>usar N threads, cada uma com uma requisição bloqueante (como flags2_threadpool), em vez de um único laço de eventos</translation>
    </message>
    <message>
        <source>run once per concurrency in LIST (e.g. 1,2,4,8, or &quot;default&quot; for 1..512) and print a table</source>
        <translation>rodar uma vez para cada nível de concorrência em LIST (ex.: 1,2,4,8, ou &quot;default&quot; para 1..512) e mostrar uma tabela</translation>
    </message>
    <message>
        <source>where --sweep writes its CSV (default sweep.csv)</source>
        <translation>onde --sweep grava seu CSV (padrão sweep.csv)</translation>
    </message>
    <message>
        <source>allow a heavy run (over %1 concurrent requests, or over %2 requests) against a server that is not ours</source>
        <translation>permitir uma execução pesada (mais de %1 requisições simultâneas ou mais de %2 requisições) contra um servidor que não é nosso</translation>
    </message>
    <message>
        <source>language of the messages and of the report: %1 (default: the system&apos;s for the messages; the report stays in the book&apos;s English)</source>
        <translation>idioma das mensagens e do relatório: %1 (padrão: o do sistema para as mensagens; o relatório fica no inglês do livro)</translation>
    </message>
    <message>
        <source>flaglab-cli: not started. %1
Use -m %2 or less (and fewer codes), or add --allow-remote-load if the server&apos;s owner agrees to this load.</source>
        <translation>flaglab-cli: não iniciado. %1
Use -m %2 ou menos (e menos códigos), ou acrescente --allow-remote-load se o dono do servidor concordar com essa carga.</translation>
    </message>
    <message>
        <source>flaglab-cli: unknown language &apos;%1&apos;; use one of: %2</source>
        <translation>flaglab-cli: idioma desconhecido &apos;%1&apos;; use um destes: %2</translation>
    </message>
    <message>
        <source>--repeat N must be from 1 to 10000</source>
        <translation>--repeat N deve estar entre 1 e 10000</translation>
    </message>
    <message>
        <source>write a JSON report with per-request timings to FILE; with - it goes to standard output, and the text report to standard error</source>
        <translation>gravar em FILE um relatório JSON com os tempos de cada requisição; com - ele vai para a saída padrão, e o relatório em texto para a saída de erro padrão</translation>
    </message>
    <message>
        <source>seconds a request may wait for a connection, and then for each piece of data once it is sent (default 3.1, as the book&apos;s httpx)</source>
        <translation>segundos que uma requisição pode esperar por uma conexão e, depois de enviada, por cada porção de dados (padrão 3.1, como o httpx do livro)</translation>
    </message>
    <message>
        <source>open at most N connections at a time, so that a small server&apos;s listen queue is not flooded (0: no limit; default %1)</source>
        <translation>abrir no máximo N conexões ao mesmo tempo, para não lotar a fila de escuta de um servidor pequeno (0: sem limite; padrão %1)</translation>
    </message>
    <message>
        <source>write the run as an HTTP Archive (HAR 1.2) to FILE, which browsers&apos; developer tools and other network tools read</source>
        <translation>gravar a execução em FILE como um arquivo HTTP (HAR 1.2), que as ferramentas de desenvolvedor dos navegadores e outras ferramentas de rede leem</translation>
    </message>
    <message>
        <source>use HTTP/1.1, one connection per request in flight, also on https (the default, as the book&apos;s httpx)</source>
        <translation>usar HTTP/1.1, uma conexão por requisição em andamento, também em https (o padrão, como o httpx do livro)</translation>
    </message>
    <message>
        <source>use HTTP/2: many requests as streams on one connection (prior knowledge on http://, negotiated on https://)</source>
        <translation>usar HTTP/2: muitas requisições como streams numa só conexão (conhecimento prévio em http://, negociado em https://)</translation>
    </message>
    <message>
        <source>trust the certificates in the PEM FILE for https too, as curl&apos;s --cacert</source>
        <translation>confiar também nos certificados do arquivo PEM FILE para https, como o --cacert do curl</translation>
    </message>
    <message>
        <source>flush each flag to the disk before renaming it into place, so that it is complete or absent after a power cut too (slower; curl and wget do not)</source>
        <translation>gravar cada bandeira no disco (flush) antes de renomeá-la para o lugar, para que fique completa ou ausente também após uma queda de energia (mais lento; curl e wget não fazem isso)</translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>flaglab-cli: --embedded serves LOCAL, DELAY or ERROR only</source>
        <translation>flaglab-cli: --embedded serve apenas LOCAL, DELAY ou ERROR</translation>
    </message>
    <message>
        <source>flaglab-cli: built-in server not started (%1); using whatever answers there</source>
        <translation>flaglab-cli: servidor embutido não iniciado (%1); usando o que já responde nesse endereço</translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message>
        <source>Sweeping %1 flags at %2 concurrency levels; each run starts with an empty folder.</source>
        <translation>Varredura de %1 bandeiras em %2 níveis de concorrência; cada execução começa com uma pasta vazia.</translation>
    </message>
    <message>
        <source>Knee: %1 concurrent requests reach 90% of the best throughput (%2 flags/s).</source>
        <translation>Joelho: %1 requisições simultâneas atingem 90% da melhor vazão (%2 bandeiras/s).</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Arquivo gravado: %1</translation>
    </message>
    <message>
        <source>flaglab-cli: cannot write %1: %2</source>
        <translation>flaglab-cli: não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Where the flags are fetched from (-s LABEL or a base URL)</source>
        <translation>De onde as bandeiras são baixadas (-s LABEL ou uma URL base)</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/flags</source>
        <translation>http://127.0.0.1:8080/flags</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bandeiras</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Conjunto</translation>
    </message>
    <message>
        <source>Which codes to request (default POP20; -a; -e; or CC arguments)</source>
        <translation>Quais códigos requisitar (padrão POP20; -a; -e; ou argumentos CC)</translation>
    </message>
    <message>
        <source>codes or first letters: BR CN or B</source>
        <translation>códigos ou primeiras letras: BR CN ou B</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Limite</translation>
    </message>
    <message>
        <source>Keep only the first N codes, after sorting (-l N)</source>
        <translation>Manter só os N primeiros códigos, depois de ordenar (-l N)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>&amp;Concurrent</source>
        <translation>&amp;Simultâneas</translation>
    </message>
    <message>
        <source>Maximum requests in flight at once (-m N)</source>
        <translation>Máximo de requisições em andamento ao mesmo tempo (-m N)</translation>
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
        <translation>&amp;Tempo limite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Re&amp;tries</source>
        <translation>Tentati&amp;vas</translation>
    </message>
    <message>
        <source>Retry a failed request up to N times, with back-off (--retries N; the book does not retry)</source>
        <translation>Repetir uma requisição que falhou até N vezes, com espera crescente (--retries N; o livro não repete)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Threads vs coroutines</source>
        <translation>Threads vs. corrotinas</translation>
    </message>
    <message>
        <source>The book&apos;s second lesson: for downloads, threads and coroutines perform alike. The sequential case is either one at -m 1.</source>
        <translation>A segunda lição do livro: para downloads, threads e corrotinas têm o mesmo desempenho. O caso sequencial é qualquer um dos dois com -m 1.</translation>
    </message>
    <message>
        <source>&amp;Event loop: coroutines</source>
        <translation>&amp;Laço de eventos: corrotinas</translation>
    </message>
    <message>
        <source>One thread and one event loop with N requests in flight, as flags2_asyncio</source>
        <translation>Uma thread e um laço de eventos com N requisições em andamento, como flags2_asyncio</translation>
    </message>
    <message>
        <source>T&amp;hread pool: N threads</source>
        <translation>&amp;Pool de threads: N threads</translation>
    </message>
    <message>
        <source>N threads, each doing one blocking request at a time, as flags2_threadpool (--threads)</source>
        <translation>N threads, cada uma fazendo uma requisição bloqueante por vez, como flags2_threadpool (--threads)</translation>
    </message>
    <message>
        <source>Send every request through one QNetworkAccessManager, which opens at most 6 connections to a server (--single-manager)</source>
        <translation>Enviar todas as requisições por um único QNetworkAccessManager, que abre no máximo 6 conexões com um servidor (--single-manager)</translation>
    </message>
    <message>
        <source>flags2_asyncio vs flags2_threadpool: for I/O-bound work they perform alike.</source>
        <translation>flags2_asyncio vs. flags2_threadpool: em trabalho limitado por E/S, o desempenho é o mesmo.</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>Start the run (F5, Ctrl+R)</source>
        <translation>Iniciar a execução (F5, Ctrl+R)</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <source>Stop the run (Esc, Shift+F5)</source>
        <translation>Parar a execução (Esc, Shift+F5)</translation>
    </message>
    <message>
        <source>One &amp;manager (Qt&apos;s cap of 6)</source>
        <translation>Um único &amp;gerenciador (limite do Qt: 6)</translation>
    </message>
    <message>
        <source>This server is not ours: somebody else pays for every request. FlagLab asks before sending it more than %1 at once or more than %2 in one run, because a classroom of laptops doing that looks like an attack. Use the built-in servers to go fast.</source>
        <translation>Este servidor não é nosso: outra pessoa paga por cada requisição. O FlagLab pergunta antes de enviar a ele mais de %1 ao mesmo tempo ou mais de %2 em uma execução, porque uma sala cheia de laptops fazendo isso parece um ataque. Use os servidores embutidos para ir rápido.</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>Salvar &amp;em</translation>
    </message>
    <message>
        <source>The folder the flags are saved in (--dest DIR); created if missing</source>
        <translation>A pasta onde as bandeiras são salvas (--dest DIR); criada se não existir</translation>
    </message>
    <message>
        <source>Choose the folder to save the flags in</source>
        <translation>Escolher a pasta onde salvar as bandeiras</translation>
    </message>
    <message>
        <source>A request fails when it gets no connection in this time, or, once sent, no data for this long (--timeout S)</source>
        <translation>Uma requisição falha se não obtiver conexão nesse tempo ou, depois de enviada, ficar esse tempo sem dados (--timeout S)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <source>HTTP/1.1 needs a connection for each request in flight, as the book&apos;s httpx (--http1, the default). HTTP/2 carries up to 100 requests as streams on one connection (--http2)</source>
        <translation>O HTTP/1.1 precisa de uma conexão para cada requisição em andamento, como o httpx do livro (--http1, o padrão). O HTTP/2 leva até 100 requisições como streams em uma só conexão (--http2)</translation>
    </message>
</context>
<context>
    <name>DestinationCheck</name>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>não é possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>no folder given to save the flags in</source>
        <translation>nenhuma pasta indicada para salvar as bandeiras</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>timed out: no data for %1s</source>
        <translation>tempo esgotado: nenhum dado por %1s</translation>
    </message>
    <message>
        <source>timed out: no complete answer in %1s</source>
        <translation>tempo esgotado: nenhuma resposta completa em %1s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>connection closed by the server before the answer was complete</source>
        <translation>conexão fechada pelo servidor antes de a resposta terminar</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>host não encontrado: %1</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>redirecionamentos demais</translation>
    </message>
    <message>
        <source>HTTP error %1 - %2</source>
        <translation>erro HTTP %1 - %2</translation>
    </message>
    <message>
        <source>timed out: no connection in %1s</source>
        <translation>tempo esgotado: nenhuma conexão em %1s</translation>
    </message>
    <message>
        <source>connection closed by the server mid-body: %1 of %2 bytes received</source>
        <translation>conexão fechada pelo servidor no meio do corpo: %1 de %2 bytes recebidos</translation>
    </message>
    <message>
        <source>connection closed by the server mid-body: %1 bytes received</source>
        <translation>conexão fechada pelo servidor no meio do corpo: %1 bytes recebidos</translation>
    </message>
</context>
<context>
    <name>Flags2CommandLine</name>
    <message>
        <source>Download flags for country codes. Default: top 20 countries by population.</source>
        <translation>Baixa bandeiras pelos códigos dos países. Padrão: os 20 países mais populosos.</translation>
    </message>
    <message>
        <source>country code or 1st letter (eg. B for BA...BZ)</source>
        <translation>código do país ou 1ª letra (ex.: B para BA...BZ)</translation>
    </message>
    <message>
        <source>get all available flags (AD to ZW)</source>
        <translation>baixar todas as bandeiras disponíveis (AD a ZW)</translation>
    </message>
    <message>
        <source>get flags for every possible code (AA...ZZ)</source>
        <translation>baixar bandeiras para todos os códigos possíveis (AA...ZZ)</translation>
    </message>
    <message>
        <source>limit to N first codes</source>
        <translation>limitar aos N primeiros códigos</translation>
    </message>
    <message>
        <source>maximum concurrent requests (default=%1)</source>
        <translation>máximo de requisições simultâneas (padrão=%1)</translation>
    </message>
    <message>
        <source>Server to hit; one of %1 (default=LOCAL), or a base URL such as http://127.0.0.1:8080/flags</source>
        <translation>Servidor a usar: um de %1 (padrão=LOCAL), ou uma URL base como http://127.0.0.1:8080/flags</translation>
    </message>
    <message>
        <source>output detailed progress info</source>
        <translation>mostrar o progresso em detalhe</translation>
    </message>
    <message>
        <source>usage: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]</source>
        <translation>uso: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: erro: %2</translation>
    </message>
    <message>
        <source>argument %1: invalid int value: &apos;%2&apos;</source>
        <translation>argumento %1: valor inteiro inválido: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>argument %1: invalid float value: &apos;%2&apos;</source>
        <translation>argumento %1: valor decimal inválido: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>*** Usage error: --max_req CONCURRENT must be &gt;= 1</source>
        <translation>*** Erro de uso: --max_req CONCURRENT deve ser &gt;= 1</translation>
    </message>
    <message>
        <source>*** Usage error: --limit N must be &gt;= 1</source>
        <translation>*** Erro de uso: --limit N deve ser &gt;= 1</translation>
    </message>
    <message>
        <source>*** Usage error: --server LABEL must be one of %1</source>
        <translation>*** Erro de uso: --server LABEL deve ser um de %1</translation>
    </message>
    <message>
        <source>*** Usage error: each CC argument must be A to Z or AA to ZZ.</source>
        <translation>*** Erro de uso: cada argumento CC deve ser de A a Z ou de AA a ZZ.</translation>
    </message>
    <message>
        <source>*** Usage error: %1</source>
        <translation>*** Erro de uso: %1</translation>
    </message>
    <message>
        <source>ports of the built-in LOCAL, DELAY and ERROR servers, and of those labels: N, N+1 and N+2 (default=%1)</source>
        <translation>portas dos servidores embutidos LOCAL, DELAY e ERROR, e desses rótulos: N, N+1 e N+2 (padrão=%1)</translation>
    </message>
    <message>
        <source>*** Usage error: --base-port N must be from 1 to %1</source>
        <translation>*** Erro de uso: --base-port N deve ser de 1 a %1</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>folder to save the flags in (default=%1)</source>
        <translation>pasta onde salvar as bandeiras (padrão=%1)</translation>
    </message>
    <message>
        <source>save each flag under its country&apos;s name, as flags3 does</source>
        <translation>salvar cada bandeira com o nome do país, como faz o flags3</translation>
    </message>
    <message>
        <source>use one network manager: shows Qt&apos;s cap of 6 connections per host</source>
        <translation>usar um único gerenciador de rede: mostra o limite do Qt de 6 conexões por host</translation>
    </message>
    <message>
        <source>one thread per request in flight, as flags2_threadpool (default: one event loop)</source>
        <translation>uma thread por requisição em andamento, como flags2_threadpool (padrão: um laço de eventos)</translation>
    </message>
    <message>
        <source>retry failed requests up to N times, with back-off (default 0)</source>
        <translation>repetir requisições que falharam até N vezes, com espera crescente (padrão 0)</translation>
    </message>
    <message>
        <source>allow a heavy run against a server that is not ours without asking</source>
        <translation>permitir sem perguntar uma execução pesada contra um servidor que não é nosso</translation>
    </message>
    <message>
        <source>start the run at once</source>
        <translation>iniciar a execução imediatamente</translation>
    </message>
    <message>
        <source>quit when the run is over (after --report and --screenshot)</source>
        <translation>sair quando a execução terminar (depois de --report e --screenshot)</translation>
    </message>
    <message>
        <source>save the window as a PNG image when the run is over</source>
        <translation>salvar a janela como imagem PNG quando a execução terminar</translation>
    </message>
    <message>
        <source>write the run&apos;s JSON report, with the window&apos;s own figures, when the run is over</source>
        <translation>ao fim da execução, gravar o relatório JSON dela, com os números da própria janela</translation>
    </message>
    <message>
        <source>do not start the built-in LOCAL, DELAY and ERROR servers</source>
        <translation>não iniciar os servidores embutidos LOCAL, DELAY e ERROR</translation>
    </message>
    <message>
        <source>play a scene of the book at start: %1</source>
        <translation>reproduzir uma cena do livro ao iniciar: %1</translation>
    </message>
    <message>
        <source>sweep the chosen server and flags at each concurrency in LIST at start (e.g. 1,2,4,8, or &quot;default&quot; for 1..512)</source>
        <translation>ao iniciar, varrer o servidor e as bandeiras escolhidos em cada nível de concorrência de LIST (ex.: 1,2,4,8, ou &quot;default&quot; para 1..512)</translation>
    </message>
    <message>
        <source>show the flags, history or sweep view</source>
        <translation>mostrar a aba flags (bandeiras), history (histórico) ou sweep (varredura)</translation>
    </message>
    <message>
        <source>presentation mode: full screen, large type, high contrast</source>
        <translation>modo de apresentação: tela cheia, letras grandes, alto contraste</translation>
    </message>
    <message>
        <source>the built-in DELAY and ERROR servers wait S seconds, or MIN:MAX, before each answer (the book&apos;s 0.5:5)</source>
        <translation>os servidores embutidos DELAY e ERROR esperam S segundos, ou MIN:MAX, antes de cada resposta (no livro, 0.5:5)</translation>
    </message>
    <message>
        <source>when done, save the shown view&apos;s plot as a PNG or SVG image</source>
        <translation>ao terminar, salvar o gráfico da aba exibida como imagem PNG ou SVG</translation>
    </message>
    <message>
        <source>--preset ID must be one of: %1</source>
        <translation>--preset ID deve ser um de: %1</translation>
    </message>
    <message>
        <source>--preset and --sweep cannot go together</source>
        <translation>--preset e --sweep não podem ser usados juntos</translation>
    </message>
    <message>
        <source>--show-view VIEW must be flags, history or sweep</source>
        <translation>--show-view VIEW deve ser flags, history ou sweep</translation>
    </message>
    <message>
        <source>--server-delay must be S or MIN:MAX, in seconds from 0 to %1</source>
        <translation>--server-delay deve ser S ou MIN:MAX, em segundos de 0 a %1</translation>
    </message>
    <message>
        <source>--server-seed N must be a whole number from 0 to %1</source>
        <translation>--server-seed N deve ser um número inteiro de 0 a %1</translation>
    </message>
    <message>
        <source>seconds a request may wait for a connection, and then for each piece of data once it is sent (default=3.1)</source>
        <translation>segundos que uma requisição pode esperar por uma conexão e, depois de enviada, por cada porção de dados (padrão=3.1)</translation>
    </message>
    <message>
        <source>open at most N connections at a time, so that a small server&apos;s listen queue is not flooded (0: no limit; default %1)</source>
        <translation>abrir no máximo N conexões ao mesmo tempo, para não lotar a fila de escuta de um servidor pequeno (0: sem limite; padrão %1)</translation>
    </message>
    <message>
        <source>use HTTP/1.1, one connection per request in flight, also on https (default)</source>
        <translation>usar HTTP/1.1, uma conexão por requisição em andamento, também em https (padrão)</translation>
    </message>
    <message>
        <source>use HTTP/2: many requests as streams on one connection (prior knowledge on http://, negotiated on https://)</source>
        <translation>usar HTTP/2: muitas requisições como streams numa só conexão (conhecimento prévio em http://, negociado em https://)</translation>
    </message>
    <message>
        <source>trust the certificates in the PEM FILE for https too</source>
        <translation>confiar também nos certificados do arquivo PEM FILE para https</translation>
    </message>
    <message>
        <source>flush each flag to the disk before renaming it into place, so that it is complete or absent after a power cut too (slower)</source>
        <translation>gravar cada bandeira no disco (flush) antes de renomeá-la para o lugar, para que fique completa ou ausente também após uma queda de energia (mais lento)</translation>
    </message>
    <message>
        <source>seed of the built-in servers&apos; delays, errors and faults: each run repeats exactly</source>
        <translation>semente dos atrasos, erros e falhas dos servidores embutidos: cada execução se repete exatamente</translation>
    </message>
    <message>
        <source>the built-in servers make some flags faulty: LIST is one or more of reset, truncate, stall and garbage, as flaglab-server --faults (none: turn them off)</source>
        <translation>os servidores embutidos fazem algumas bandeiras falharem: LIST é um ou mais de reset, truncate, stall e garbage, como no flaglab-server --faults (none: desligá-las)</translation>
    </message>
    <message>
        <source>share of the flags the built-in servers make faulty, 0 to 1 (default 0.25)</source>
        <translation>fração das bandeiras que os servidores embutidos fazem falhar, de 0 a 1 (padrão 0.25)</translation>
    </message>
    <message>
        <source>replay a recorded run at start: a FlagLab JSON report, a FlagLab HAR or a HAR from any other tool; nothing is downloaded</source>
        <translation>reproduzir uma execução gravada ao iniciar: um relatório JSON do FlagLab, um HAR do FlagLab ou um HAR de qualquer outra ferramenta; nada é baixado</translation>
    </message>
    <message>
        <source>speed of --replay, from 0.05 to 4 (default 1: as recorded)</source>
        <translation>velocidade do --replay, de 0.05 a 4 (padrão 1: como foi gravado)</translation>
    </message>
    <message>
        <source>pause --replay S seconds into the recorded run; with --quit-when-done, the report and screenshot are of that moment</source>
        <translation>pausar o --replay S segundos depois do início da execução gravada; com --quit-when-done, o relatório e a captura de tela são desse momento</translation>
    </message>
    <message>
        <source>race mode: a lane with the flags2 command line ARGS (e.g. &quot;-s DELAY -m 1&quot;); give it %1 to %2 times, and --start races the lanes at once</source>
        <translation>modo corrida: uma raia com a linha de comando flags2 ARGS (ex.: &quot;-s DELAY -m 1&quot;); informe de %1 a %2 vezes, e --start inicia as raias ao mesmo tempo</translation>
    </message>
    <message>
        <source>--speed X must be a number from %1 to %2</source>
        <translation>--speed X deve ser um número de %1 a %2</translation>
    </message>
    <message>
        <source>--speed goes with --replay</source>
        <translation>--speed só vale com --replay</translation>
    </message>
    <message>
        <source>--pause-at S must be a number of seconds over 0</source>
        <translation>--pause-at S deve ser um número de segundos maior que 0</translation>
    </message>
    <message>
        <source>--pause-at goes with --replay</source>
        <translation>--pause-at só vale com --replay</translation>
    </message>
    <message>
        <source>--replay cannot go with --start, --preset or --sweep</source>
        <translation>--replay não pode ser usado com --start, --preset ou --sweep</translation>
    </message>
    <message>
        <source>--race takes %1 to %2 lanes, one --race &quot;ARGS&quot; each; %3 given</source>
        <translation>--race aceita de %1 a %2 raias, um --race &quot;ARGS&quot; para cada; informadas: %3</translation>
    </message>
    <message>
        <source>--race cannot go with --preset, --sweep or --replay</source>
        <translation>--race não pode ser usado com --preset, --sweep ou --replay</translation>
    </message>
    <message>
        <source>--fault-rate needs --faults, e.g. --faults reset,truncate</source>
        <translation>--fault-rate precisa de --faults, ex.: --faults reset,truncate</translation>
    </message>
    <message>
        <source>--faults LIST takes reset, truncate, stall and garbage, separated by commas, or none</source>
        <translation>--faults LIST aceita reset, truncate, stall e garbage, separados por vírgulas, ou none</translation>
    </message>
    <message>
        <source>--fault-rate P must be a number from 0 to 1</source>
        <translation>--fault-rate P deve ser um número de 0 a 1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>What the compare plot draws for each ticked run</source>
        <translation>O que o gráfico de comparação desenha para cada execução marcada</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <source>Take every run off the compare plot</source>
        <translation>Tirar todas as execuções do gráfico de comparação</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Limpar histórico…</translation>
    </message>
    <message>
        <source>Forget every run of this session (save the history first to keep it)</source>
        <translation>Esquecer todas as execuções desta sessão (salve o histórico antes para guardá-las)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>FlagLab will use this language the next time it starts. Restart FlagLab now? The current run and its history will be lost.</source>
        <translation>O FlagLab usará este idioma na próxima vez que for aberto. Reiniciar o FlagLab agora? A execução atual e o histórico serão perdidos.</translation>
    </message>
</context>
<context>
    <name>LoadPolicy</name>
    <message>
        <source>%1 concurrent requests (more than %2)</source>
        <translation>%1 requisições simultâneas (mais de %2)</translation>
    </message>
    <message>
        <source>%1 requests in one run (more than %2)</source>
        <translation>%1 requisições em uma execução (mais de %2)</translation>
    </message>
    <message>
        <source>%1 is not our server, and this run would send it %2. To a server that is not yours, that load can look like a denial-of-service attack.</source>
        <translation>%1 não é nosso servidor, e esta execução enviaria a ele %2. Para um servidor que não é seu, essa carga pode parecer um ataque de negação de serviço.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
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
        <translation>&amp;Bandeiras</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>&amp;Varredura</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Execução</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Built-in servers</source>
        <translation>Servidores embutidos</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Vazão</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>Requisições ao longo do tempo</translation>
    </message>
    <message>
        <source>Little&apos;s law</source>
        <translation>Lei de Little</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Run the controls&apos; server and flags once per concurrency level of the Sweep view</source>
        <translation>Rodar o servidor e as bandeiras dos controles uma vez para cada nível de concorrência da aba Varredura</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo de a&amp;presentação</translation>
    </message>
    <message>
        <source>Full screen, large type and high contrast, for a projector (F11, Ctrl+Shift+P)</source>
        <translation>Tela cheia, letras grandes e alto contraste, para um projetor (F11, Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Open the downloads folder</source>
        <translation>&amp;Abrir a pasta de downloads</translation>
    </message>
    <message>
        <source>Save a &amp;screenshot…</source>
        <translation>Salvar uma &amp;captura de tela…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About FlagLab</source>
        <translation>&amp;Sobre o FlagLab</translation>
    </message>
    <message>
        <source>Book &amp;scenes</source>
        <translation>&amp;Cenas do livro</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restaurar o layout</translation>
    </message>
    <message>
        <source>Put every panel back where it starts and the window at its first size</source>
        <translation>Devolver cada painel ao seu lugar inicial e a janela ao tamanho inicial</translation>
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
        <translation>Exibe informações da versão.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Exibe ajuda sobre as opções de linha de comando.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Exibe ajuda, incluindo as opções específicas do Qt.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opções]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opção desconhecida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opções desconhecidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta um valor depois de &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado depois de &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>RaceLane</name>
    <message>
        <source>a lane is a run&apos;s options; --help goes alone</source>
        <translation>uma raia são as opções de uma execução; --help vai sozinho</translation>
    </message>
    <message>
        <source>--base-port is the window&apos;s, for every lane: give it before the first --race</source>
        <translation>--base-port é da janela, para todas as raias: informe-o antes do primeiro --race</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>REPLAY</source>
        <translation>REPRODUÇÃO</translation>
    </message>
    <message>
        <source>A recorded run played back: nothing is downloaded</source>
        <translation>Uma execução gravada sendo reproduzida: nada é baixado</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>&amp;Velocidade</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Drag to any moment of the run</source>
        <translation>Arraste para qualquer momento da execução</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>--timeout S must be &gt; 0 and &lt;= 3600</source>
        <translation>--timeout S deve ser &gt; 0 e &lt;= 3600</translation>
    </message>
    <message>
        <source>--retries N must be from 0 to 10</source>
        <translation>--retries N deve estar entre 0 e 10</translation>
    </message>
    <message>
        <source>--max-connecting N must be from 0 to %1</source>
        <translation>--max-connecting N deve ser de 0 a %1</translation>
    </message>
    <message>
        <source>--http1 and --http2 cannot go together</source>
        <translation>--http1 e --http2 não podem ser usados juntos</translation>
    </message>
    <message>
        <source>--cacert FILE: no PEM certificate in %1</source>
        <translation>--cacert FILE: nenhum certificado PEM em %1</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Run the built-in servers</source>
        <translation>Rodar os servidores embutidos</translation>
    </message>
    <message>
        <source>LOCAL, DELAY and ERROR in this program, on ports 8000, 8001 and 8002 (off with --no-servers)</source>
        <translation>LOCAL, DELAY e ERROR neste programa, nas portas 8000, 8001 e 8002 (desligados com --no-servers)</translation>
    </message>
    <message>
        <source>Live stats</source>
        <translation>Estatísticas ao vivo</translation>
    </message>
    <message>
        <source>Reset stats</source>
        <translation>Zerar estatísticas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>For the next run</source>
        <translation>Para a próxima execução</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation>&amp;Atraso</translation>
    </message>
    <message>
        <source>Shortest wait before each answer</source>
        <translation>Menor espera antes de cada resposta</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Longest wait before each answer (uniformly random in between)</source>
        <translation>Maior espera antes de cada resposta (aleatória uniforme entre as duas)</translation>
    </message>
    <message>
        <source>Error &amp;rate</source>
        <translation>&amp;Taxa de erros</translation>
    </message>
    <message>
        <source>Share of the GETs answered with the error status instead of the flag</source>
        <translation>Fração dos GETs respondidos com o status de erro em vez da bandeira</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Error s&amp;tatus</source>
        <translation>Status de e&amp;rro</translation>
    </message>
    <message>
        <source>HTTP status of the errors (the book&apos;s is 418 I&apos;m a Teapot)</source>
        <translation>Status HTTP dos erros (o do livro é 418 I&apos;m a Teapot)</translation>
    </message>
    <message>
        <source>&amp;Bandwidth</source>
        <translation>&amp;Banda</translation>
    </message>
    <message>
        <source>Speed limit of each response</source>
        <translation>Limite de velocidade de cada resposta</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitada</translation>
    </message>
    <message>
        <source> KB/s</source>
        <translation> KB/s</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;emente</translation>
    </message>
    <message>
        <source>Seed of the delays and errors: the same seed gives the same run</source>
        <translation>Semente dos atrasos e erros: a mesma semente dá a mesma execução</translation>
    </message>
    <message>
        <source>from the clock</source>
        <translation>do relógio</translation>
    </message>
    <message>
        <source>Book defaults</source>
        <translation>Padrões do livro</translation>
    </message>
    <message>
        <source>Reset this server&apos;s settings to the book&apos;s</source>
        <translation>Voltar as configurações deste servidor às do livro</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>re&amp;set</source>
        <translation>re&amp;início</translation>
    </message>
    <message>
        <source>Half the flag, then the connection is reset (HTTP/2: the stream)</source>
        <translation>Metade da bandeira, depois a conexão é reiniciada (HTTP/2: a stream)</translation>
    </message>
    <message>
        <source>tr&amp;uncate</source>
        <translation>tr&amp;uncamento</translation>
    </message>
    <message>
        <source>Half the flag, then the connection closes, short of the length it announced</source>
        <translation>Metade da bandeira, depois a conexão fecha, antes do tamanho anunciado</translation>
    </message>
    <message>
        <source>st&amp;all</source>
        <translation>tra&amp;vamento</translation>
    </message>
    <message>
        <source>Half the flag, then nothing more: the connection stays open until the client gives up</source>
        <translation>Metade da bandeira, depois mais nada: a conexão fica aberta até o cliente desistir</translation>
    </message>
    <message>
        <source>&amp;garbage</source>
        <translation>&amp;lixo</translation>
    </message>
    <message>
        <source>A whole 200 answer whose body is a web page, labelled image/gif all the same</source>
        <translation>Uma resposta 200 inteira cujo corpo é uma página web, rotulada como image/gif mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Fault rate</source>
        <translation>Taxa de &amp;falhas</translation>
    </message>
    <message>
        <source>Share of the flags (200 answers) made faulty, each ticked fault as likely; drawn from the seed too</source>
        <translation>Fração das bandeiras (respostas 200) que falham, com cada falha marcada igualmente provável; também sorteada pela semente</translation>
    </message>
</context>
<context>
    <name>SweepRunner</name>
    <message>
        <source>each sweep value must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>cada valor da varredura deve ser um número inteiro de 1 a %1, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the sweep needs at least one concurrency value</source>
        <translation>a varredura precisa de pelo menos um valor de concorrência</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>Concurrency &amp;levels</source>
        <translation>&amp;Níveis de concorrência</translation>
    </message>
    <message>
        <source>One run per value, in this order: whole numbers from 1 to 1000, separated by commas</source>
        <translation>Uma execução por valor, nesta ordem: números inteiros de 1 a 1000, separados por vírgulas</translation>
    </message>
    <message>
        <source>1 … 512</source>
        <translation>1 … 512</translation>
    </message>
    <message>
        <source>Back to the default levels: 1, 2, 4, …, 512</source>
        <translation>Voltar aos níveis padrão: 1, 2, 4, …, 512</translation>
    </message>
    <message>
        <source>▶ S&amp;weep</source>
        <translation>▶ &amp;Varrer</translation>
    </message>
    <message>
        <source>Run the server and flags chosen in the Run panel once per level, each run into an empty folder</source>
        <translation>Rodar o servidor e as bandeiras escolhidos no painel Execução uma vez por nível, cada execução numa pasta vazia</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <source>Stop the run under way and the rest of the sweep</source>
        <translation>Parar a execução em andamento e o resto da varredura</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1 site: %2</source>
        <translation>Site %1: %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n flag(s): %1</source>
        <translation>
            <numerusform>Procurando %n bandeira: %1</numerusform>
            <numerusform>Procurando %n bandeiras: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent connection(s) will be used.</source>
        <translation>
            <numerusform>%n conexão simultânea será usada.</numerusform>
            <numerusform>%n conexões simultâneas serão usadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flag(s) downloaded.</source>
        <translation>
            <numerusform>bandeira baixada.</numerusform>
            <numerusform>bandeiras baixadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not found.</source>
        <translation>
            <numerusform>não encontrada.</numerusform>
            <numerusform>não encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error(s).</source>
        <translation>
            <numerusform>erro.</numerusform>
            <numerusform>erros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled.</source>
        <translation>
            <numerusform>cancelada.</numerusform>
            <numerusform>canceladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Elapsed time: %1s</source>
        <translation>Tempo decorrido: %1s</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>não encontrada: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexão</numerusform>
            <numerusform>%n conexões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2.</source>
        <translation>
            <numerusform>%n requisição simultânea será usada em %1, se o servidor aceitar HTTP/2.</numerusform>
            <numerusform>%n requisições simultâneas serão usadas em %1, se o servidor aceitar HTTP/2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1.</source>
        <translation>
            <numerusform>%n requisição simultânea será usada em %1.</numerusform>
            <numerusform>%n requisições simultâneas serão usadas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::BaseUrlValidator</name>
    <message>
        <source>Type the server&apos;s base URL, e.g. http://127.0.0.1:8080/flags.</source>
        <translation>Digite a URL base do servidor, ex.: http://127.0.0.1:8080/flags.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>A URL deve começar com http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>“%1” não é uma URL válida.</translation>
    </message>
</context>
<context>
    <name>flaglab::BuiltInServers</name>
    <message>
        <source>%1 is not running: %2. FlagLab uses whatever answers on port %3.</source>
        <translation>%1 não está rodando: %2. O FlagLab usa o que responder na porta %3.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>waits %1 before each answer, not the book&apos;s %2</source>
        <translation>espera %1 antes de cada resposta, não os %2 do livro</translation>
    </message>
    <message>
        <source>answers %1 to %2% of the flags, not the book&apos;s 418 to 25%</source>
        <translation>responde %1 a %2% das bandeiras, não 418 a 25% como no livro</translation>
    </message>
    <message>
        <source>sends %1 kB/s per answer</source>
        <translation>envia %1 kB/s por resposta</translation>
    </message>
    <message>
        <source>%1 here %2 (Built-in servers panel).</source>
        <translation>%1 aqui %2 (painel Servidores embutidos).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>makes %1% of the flag answers faulty (%2)</source>
        <translation>faz %1% das respostas com bandeira falharem (%2)</translation>
    </message>
</context>
<context>
    <name>flaglab::CodeListValidator</name>
    <message>
        <source>Type country codes or first letters, e.g. BR CN or B.</source>
        <translation>Digite códigos de países ou primeiras letras, ex.: BR CN ou B.</translation>
    </message>
    <message>
        <source>“%1” is not a code: type two letters (BR) or one first letter (B).</source>
        <translation>“%1” não é um código: digite duas letras (BR) ou uma primeira letra (B).</translation>
    </message>
</context>
<context>
    <name>flaglab::ControlsPanel</name>
    <message>
        <source>1 code: %1</source>
        <translation>1 código: %1</translation>
    </message>
    <message>
        <source>%1 codes: %2</source>
        <translation>%1 códigos: %2</translation>
    </message>
    <message>
        <source>%1 codes: %2 … %3</source>
        <translation>%1 códigos: %2 … %3</translation>
    </message>
    <message>
        <source>LOCAL: plain file server</source>
        <translation>LOCAL: servidor de arquivos simples</translation>
    </message>
    <message>
        <source>DELAY: slow server</source>
        <translation>DELAY: servidor lento</translation>
    </message>
    <message>
        <source>ERROR: slow, with errors</source>
        <translation>ERROR: lento, com erros</translation>
    </message>
    <message>
        <source>REMOTE: fluentpython.com</source>
        <translation>REMOTE: fluentpython.com</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>URL personalizada…</translation>
    </message>
    <message>
        <source>POP20: 20 most populous</source>
        <translation>POP20: os 20 mais populosos</translation>
    </message>
    <message>
        <source>All 194 flags (-a)</source>
        <translation>Todas as 194 bandeiras (-a)</translation>
    </message>
    <message>
        <source>Every code AA–ZZ (-e)</source>
        <translation>Todos os códigos AA–ZZ (-e)</translation>
    </message>
    <message>
        <source>Codes or first letters</source>
        <translation>Códigos ou primeiras letras</translation>
    </message>
    <message>
        <source>One request at a time, as flags2_sequential</source>
        <translation>Uma requisição por vez, como flags2_sequential</translation>
    </message>
    <message>
        <source>Up to %1 requests at once</source>
        <translation>Até %1 requisições ao mesmo tempo</translation>
    </message>
    <message>
        <source>1 connection will be used.</source>
        <translation>1 conexão será usada.</translation>
    </message>
    <message>
        <source>%1 concurrent connections will be used.</source>
        <translation>%1 conexões simultâneas serão usadas.</translation>
    </message>
    <message>
        <source>Save the flags in</source>
        <translation>Salvar as bandeiras em</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 aceita um número de %2 a %3, não &apos;%4&apos;</translation>
    </message>
    <message>
        <source>HTTP/1.1: a connection per request</source>
        <translation>HTTP/1.1: uma conexão por requisição</translation>
    </message>
    <message>
        <source>HTTP/2: streams on one connection</source>
        <translation>HTTP/2: streams em uma conexão</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexão</numerusform>
            <numerusform>%n conexões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2.</source>
        <translation>
            <numerusform>%n requisição simultânea será usada em %1, se o servidor aceitar HTTP/2.</numerusform>
            <numerusform>%n requisições simultâneas serão usadas em %1, se o servidor aceitar HTTP/2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1.</source>
        <translation>
            <numerusform>%n requisição simultânea será usada em %1.</numerusform>
            <numerusform>%n requisições simultâneas serão usadas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::FileActions</name>
    <message>
        <source>&amp;Open a run history…</source>
        <translation>&amp;Abrir um histórico de execuções…</translation>
    </message>
    <message>
        <source>Add the runs of a saved history to this session&apos;s, to compare them</source>
        <translation>Acrescentar as execuções de um histórico salvo às desta sessão, para compará-las</translation>
    </message>
    <message>
        <source>Save the run &amp;history…</source>
        <translation>Salvar o &amp;histórico de execuções…</translation>
    </message>
    <message>
        <source>Export the run&apos;s &amp;report (JSON)…</source>
        <translation>Exportar o &amp;relatório da execução (JSON)…</translation>
    </message>
    <message>
        <source>Export the run&apos;s &amp;timings (CSV)…</source>
        <translation>Exportar os &amp;tempos da execução (CSV)…</translation>
    </message>
    <message>
        <source>One row per request: start, first byte and end, as seconds since the run&apos;s start</source>
        <translation>Uma linha por requisição: início, primeiro byte e fim, em segundos desde o início da execução</translation>
    </message>
    <message>
        <source>Export the s&amp;weep (CSV)…</source>
        <translation>Exportar a &amp;varredura (CSV)…</translation>
    </message>
    <message>
        <source>Save a &amp;plot as an image</source>
        <translation>Salvar um &amp;gráfico como imagem</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation>Exportar o relatório da execução</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the run&apos;s timings</source>
        <translation>Exportar os tempos da execução</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the sweep</source>
        <translation>Exportar a varredura</translation>
    </message>
    <message>
        <source>Save the plot</source>
        <translation>Salvar o gráfico</translation>
    </message>
    <message>
        <source>Save the run history</source>
        <translation>Salvar o histórico de execuções</translation>
    </message>
    <message>
        <source>FlagLab histories (*.json)</source>
        <translation>Históricos do FlagLab (*.json)</translation>
    </message>
    <message>
        <source>Open a run history</source>
        <translation>Abrir um histórico de execuções</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Não aberto</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <source>The report flaglab-cli --json writes, of the run chosen in the History view, else the latest</source>
        <translation>O relatório que o flaglab-cli --json grava, da execução escolhida na aba Histórico, senão da mais recente</translation>
    </message>
    <message>
        <source>Export the run as H&amp;AR…</source>
        <translation>E&amp;xportar a execução como HAR…</translation>
    </message>
    <message>
        <source>The run chosen in the History view, else the latest, as an HTTP Archive, the file browsers&apos; developer tools save and read (as flaglab-cli --har)</source>
        <translation>A execução escolhida na aba Histórico, senão a mais recente, como arquivo HTTP, o arquivo que as ferramentas de desenvolvedor dos navegadores salvam e leem (como flaglab-cli --har)</translation>
    </message>
    <message>
        <source>Export the run as HAR</source>
        <translation>Exportar a execução como HAR</translation>
    </message>
    <message>
        <source>HTTP Archives (*.har)</source>
        <translation>Arquivos HTTP (*.har)</translation>
    </message>
</context>
<context>
    <name>flaglab::HistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (one manager)</source>
        <translation>%1 (um gerenciador)</translation>
    </message>
    <message>
        <source>%1
%2 at %3
%4 requested: %5 OK, %6 not found, %7 errors, %8 cancelled
at most %9 in flight</source>
        <translation>%1
%2 às %3
%4 requisitadas: %5 OK, %6 não encontradas, %7 erros, %8 canceladas
no máximo %9 em andamento</translation>
    </message>
    <message>
        <source>Tick a run to draw it on the compare plot</source>
        <translation>Marque uma execução para desenhá-la no gráfico de comparação</translation>
    </message>
    <message>
        <source>Requests allowed in flight at once (-m)</source>
        <translation>Requisições permitidas em andamento ao mesmo tempo (-m)</translation>
    </message>
    <message>
        <source>Flags downloaded per second of the whole run</source>
        <translation>Bandeiras baixadas por segundo na execução inteira</translation>
    </message>
    <message>
        <source>Mean time from a request&apos;s start to its answer</source>
        <translation>Tempo médio do início de uma requisição até sua resposta</translation>
    </message>
    <message>
        <source>95 of 100 requests were answered at least this fast</source>
        <translation>95 de cada 100 requisições foram respondidas pelo menos com esta rapidez</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>-m</source>
        <translation>-m</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Flags/s</source>
        <translation>Bandeiras/s</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latência média</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latência p95</translation>
    </message>
</context>
<context>
    <name>flaglab::HistoryView</name>
    <message>
        <source>flags per second</source>
        <translation>bandeiras por segundo</translation>
    </message>
    <message>
        <source>flags downloaded so far</source>
        <translation>bandeiras baixadas até agora</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Limpar o histórico</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n run(s) of this session? Save the history first to compare them later.</source>
        <translation>
            <numerusform>Esquecer a %n execução desta sessão? Salve o histórico antes para compará-la depois.</numerusform>
            <numerusform>Esquecer todas as %n execuções desta sessão? Salve o histórico antes para compará-las depois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;HAR…</source>
        <translation>Exportar como &amp;HAR…</translation>
    </message>
</context>
<context>
    <name>flaglab::LabFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the image %1</source>
        <translation>Não foi possível salvar a imagem %1</translation>
    </message>
    <message>
        <source>“%1” was opened from a saved history, which keeps its timings but not its report. Export its timings (CSV) instead.</source>
        <translation>“%1” foi aberta de um histórico salvo, que guarda os tempos mas não o relatório. Exporte os tempos (CSV) em vez disso.</translation>
    </message>
</context>
<context>
    <name>flaglab::LabViews</name>
    <message>
        <source>== Scene: %1 ==</source>
        <translation>== Cena: %1 ==</translation>
    </message>
    <message>
        <source>%1, 1 request a run</source>
        <translation>%1, 1 requisição por execução</translation>
    </message>
    <message>
        <source>%1, %2 requests a run</source>
        <translation>%1, %2 requisições por execução</translation>
    </message>
    <message>
        <source>== Sweep: %1 at -m %2 ==</source>
        <translation>== Varredura: %1 com -m %2 ==</translation>
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
        <translation>respostas por segundo</translation>
    </message>
    <message>
        <source>Little&apos;s law, live during a run</source>
        <translation>Lei de Little, ao vivo durante uma execução</translation>
    </message>
    <message>
        <source>Waiting for answers…</source>
        <translation>Aguardando respostas…</translation>
    </message>
    <message>
        <source>✔ L = λ·W: steady state</source>
        <translation>✔ L = λ·W: regime estacionário</translation>
    </message>
    <message>
        <source>✖ λ·W &lt; L: the pool is filling, answers still to come</source>
        <translation>✖ λ·W &lt; L: o pool está enchendo, ainda faltam respostas</translation>
    </message>
    <message>
        <source>✖ λ·W &gt; L: the pool is draining</source>
        <translation>✖ λ·W &gt; L: o pool está esvaziando</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>λ times W</source>
        <translation>λ vezes W</translation>
    </message>
    <message>
        <source>seconds each</source>
        <translation>segundos cada</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Over the whole run:</source>
        <translation>Na execução inteira:</translation>
    </message>
    <message>
        <source>Over the last %1 s:</source>
        <translation>Nos últimos %1 s:</translation>
    </message>
    <message>
        <source>✔ L = λ·W over the whole run</source>
        <translation>✔ L = λ·W na execução inteira</translation>
    </message>
</context>
<context>
    <name>flaglab::LoadConsent</name>
    <message>
        <source>Not started. %1 Use -m %2 or less (and fewer codes), or add --allow-remote-load if the server&apos;s owner agrees to this load.</source>
        <translation>Não iniciado. %1 Use -m %2 ou menos (e menos códigos), ou acrescente --allow-remote-load se o dono do servidor concordar com essa carga.</translation>
    </message>
    <message>
        <source>Somebody else&apos;s server</source>
        <translation>Servidor de outra pessoa</translation>
    </message>
    <message>
        <source>%1

Go ahead only if the server&apos;s owner agrees to this load.</source>
        <translation>%1

Siga em frente só se o dono do servidor concordar com essa carga.</translation>
    </message>
</context>
<context>
    <name>flaglab::MainWindow</name>
    <message>
        <source>Save a screenshot</source>
        <translation>Salvar uma captura de tela</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>About FlagLab</source>
        <translation>Sobre o FlagLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FlagLab %1&lt;/h3&gt;&lt;p&gt;Downloads the world&apos;s flags with as many concurrent requests as you choose, and shows it happening: the flags2 examples of &lt;i&gt;Fluent Python&lt;/i&gt;, made visible.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FlagLab %1&lt;/h3&gt;&lt;p&gt;Baixa as bandeiras do mundo com quantas requisições simultâneas você escolher e mostra isso acontecendo: os exemplos flags2 de &lt;i&gt;Python Fluente&lt;/i&gt;, tornados visíveis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation>Salvando em %1</translation>
    </message>
    <message>
        <source>The flags of the run, as they arrive</source>
        <translation>As bandeiras da execução, à medida que chegam</translation>
    </message>
    <message>
        <source>Every run of the session; tick runs to compare them</source>
        <translation>Todas as execuções da sessão; marque execuções para compará-las</translation>
    </message>
    <message>
        <source>Throughput against concurrency: find the knee</source>
        <translation>Vazão em função da concorrência: encontre o joelho</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Vazão</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>Requisições ao longo do tempo</translation>
    </message>
    <message>
        <source>Compared runs</source>
        <translation>Execuções comparadas</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Varredura</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (parada)</translation>
    </message>
    <message>
        <source>Race…</source>
        <translation>Corrida…</translation>
    </message>
    <message>
        <source>Race two to four runs side by side, started at the same instant</source>
        <translation>Uma corrida de duas a quatro execuções lado a lado, iniciadas no mesmo instante</translation>
    </message>
    <message>
        <source>--- back to %1 s</source>
        <translation>--- de volta a %1 s</translation>
    </message>
    <message>
        <source>Cannot replay</source>
        <translation>Não foi possível reproduzir</translation>
    </message>
</context>
<context>
    <name>flaglab::OverlayPlot</name>
    <message>
        <source>time since start (s)</source>
        <translation>tempo desde o início (s)</translation>
    </message>
    <message>
        <source>Tick runs in the table to compare them here.</source>
        <translation>Marque execuções na tabela para compará-las aqui.</translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation>bandeiras/s</translation>
    </message>
    <message>
        <source>flags downloaded</source>
        <translation>bandeiras baixadas</translation>
    </message>
    <message>
        <source>%1: %2 s, %3 flags/s</source>
        <translation>%1: %2 s, %3 bandeiras/s</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>bandeiras</translation>
    </message>
</context>
<context>
    <name>flaglab::ProgressStrip</name>
    <message>
        <source>✔ %1 OK</source>
        <translation>✔ %1 OK</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 não encontradas</translation>
    </message>
    <message>
        <source>✖ 1 error</source>
        <translation>✖ 1 erro</translation>
    </message>
    <message>
        <source>✖ %1 errors</source>
        <translation>✖ %1 erros</translation>
    </message>
    <message>
        <source> · %1 cancelled</source>
        <translation> · %1 canceladas</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 em andamento</translation>
    </message>
    <message>
        <source>%1 flags/s</source>
        <translation>%1 bandeiras/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> · stopped</source>
        <translation> · interrompida</translation>
    </message>
    <message>
        <source> · %1 queued in Qt</source>
        <translation> · %1 na fila do Qt</translation>
    </message>
    <message>
        <source>%1 flags/s avg</source>
        <translation>%1 bandeiras/s em média</translation>
    </message>
    <message>
        <source>OK flags per second of the whole run</source>
        <translation>Bandeiras OK por segundo na execução inteira</translation>
    </message>
    <message>
        <source>OK flags per second over the last %1 s</source>
        <translation>Bandeiras OK por segundo nos últimos %1 s</translation>
    </message>
</context>
<context>
    <name>flaglab::RaceEditor</name>
    <message>
        <source>Race lanes</source>
        <translation>Raias da corrida</translation>
    </message>
    <message>
        <source>Each lane is a flags2 command line, as flaglab-cli takes it (-m 5 unless it says). Fill in two to four; they start at the same instant.</source>
        <translation>Cada raia é uma linha de comando flags2, como o flaglab-cli a aceita (-m 5, a menos que ela diga outro valor). Preencha de duas a quatro; elas começam no mesmo instante.</translation>
    </message>
    <message>
        <source>e.g. -s DELAY -m 1</source>
        <translation>ex.: -s DELAY -m 1</translation>
    </message>
    <message>
        <source>e.g. -s DELAY -m 20 --threads</source>
        <translation>ex.: -s DELAY -m 20 --threads</translation>
    </message>
    <message>
        <source>Lane %1:</source>
        <translation>Raia %1:</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>Raia %1: %2</translation>
    </message>
    <message>
        <source>A race needs at least %1 lanes.</source>
        <translation>Uma corrida precisa de pelo menos %1 raias.</translation>
    </message>
</context>
<context>
    <name>flaglab::RaceLaneView</name>
    <message>
        <source>1st</source>
        <translation>1º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3º</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1º</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stop this lane only; the others run on</source>
        <translation>Parar só esta raia; as outras continuam</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>%1× faster than the slowest</source>
        <translation>%1× mais rápida que a mais lenta</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>correndo…</translation>
    </message>
    <message>
        <source>stopped after %1 s</source>
        <translation>parada após %1 s</translation>
    </message>
    <message numerus="yes">
        <source>no flags: %n error(s)</source>
        <translation>
            <numerusform>nenhuma bandeira: %n erro</numerusform>
            <numerusform>nenhuma bandeira: %n erros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>%1
the slowest</source>
        <translation>%1
a mais lenta</translation>
    </message>
    <message>
        <source>%1
%2× faster than the slowest</source>
        <translation>%1
%2× mais rápida que a mais lenta</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
</context>
<context>
    <name>flaglab::RaceWindow</name>
    <message>
        <source>FlagLab race</source>
        <translation>Corrida do FlagLab</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Corrida</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>Iniciar corrida</translation>
    </message>
    <message>
        <source>Start every lane at the same instant (F5)</source>
        <translation>Iniciar todas as raias no mesmo instante (F5)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Parar todas</translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation>Raias…</translation>
    </message>
    <message>
        <source>Two to four lanes, each a flags2 command line</source>
        <translation>De duas a quatro raias, cada uma uma linha de comando flags2</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo de apresentação</translation>
    </message>
    <message>
        <source>the lanes are racing</source>
        <translation>as raias estão correndo</translation>
    </message>
    <message>
        <source>a race has %1 to %2 lanes</source>
        <translation>uma corrida tem de %1 a %2 raias</translation>
    </message>
    <message>
        <source>The race was not started.</source>
        <translation>A corrida não foi iniciada.</translation>
    </message>
    <message>
        <source>Lane %1 cannot start: %2</source>
        <translation>A raia %1 não pode iniciar: %2</translation>
    </message>
    <message>
        <source>Choose two to four lanes (Lanes…).</source>
        <translation>Escolha de duas a quatro raias (Raias…).</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s), ready: Start race (F5) starts them at the same instant.</source>
        <translation>
            <numerusform>%n raia pronta: Iniciar corrida (F5) a inicia.</numerusform>
            <numerusform>%n raias prontas: Iniciar corrida (F5) as inicia no mesmo instante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Racing: %1 of %n lane(s) still running.</source>
        <translation>
            <numerusform>Corrida: %1 de %n raia ainda correndo.</numerusform>
            <numerusform>Corrida: %1 de %n raias ainda correndo.</numerusform>
        </translation>
    </message>
    <message>
        <source>All lanes over in %1 s; none brought a flag.</source>
        <translation>Todas as raias terminaram em %1 s; nenhuma trouxe uma bandeira.</translation>
    </message>
    <message>
        <source>All lanes over in %1 s; the slowest lane took %2 s. Lane %3 won, %4× faster than the slowest.</source>
        <translation>Todas as raias terminaram em %1 s; a mais lenta levou %2 s. A raia %3 venceu, %4× mais rápida que a mais lenta.</translation>
    </message>
    <message>
        <source>The race cannot start: %1</source>
        <translation>A corrida não pode começar: %1</translation>
    </message>
</context>
<context>
    <name>flaglab::ReplayBar</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>0.1×</source>
        <translation>0.1×</translation>
    </message>
    <message>
        <source>Play or pause the replay (Space)</source>
        <translation>Reproduzir ou pausar a reprodução (Espaço)</translation>
    </message>
    <message>
        <source>Pause at the next moment something happens: a request starts, connects, is sent, gets its first byte or ends (.)</source>
        <translation>Pausar no próximo momento em que algo acontece: uma requisição começa, conecta, é enviada, recebe o primeiro byte ou termina (.)</translation>
    </message>
    <message>
        <source>Play at 0.1×, or back to the speed before (S)</source>
        <translation>Reproduzir a 0.1×, ou voltar à velocidade anterior (S)</translation>
    </message>
    <message>
        <source>Close replay</source>
        <translation>Fechar a reprodução</translation>
    </message>
    <message>
        <source>Leave the replay; the window is ready for a run of its own</source>
        <translation>Sair da reprodução; a janela fica pronta para uma execução própria</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>flaglab::ReplaySession</name>
    <message>
        <source>Rep&amp;lay…</source>
        <translation>Re&amp;produzir…</translation>
    </message>
    <message>
        <source>Play a FlagLab report or a HAR file back in the window, at any speed</source>
        <translation>Reproduzir na janela um relatório do FlagLab ou um arquivo HAR, em qualquer velocidade</translation>
    </message>
    <message>
        <source>Replay a recorded run</source>
        <translation>Reproduzir uma execução gravada</translation>
    </message>
    <message>
        <source>Recorded runs (*.har *.json);;HAR files (*.har);;FlagLab reports (*.json);;All files (*)</source>
        <translation>Execuções gravadas (*.har *.json);;Arquivos HAR (*.har);;Relatórios do FlagLab (*.json);;Todos os arquivos (*)</translation>
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
%n requisição, %2 s gravados</numerusform>
            <numerusform>%1
%n requisições, %2 s gravados</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation>Reprodução de %1</translation>
    </message>
    <message>
        <source>FlagLab: replay of %1</source>
        <translation>FlagLab: reprodução de %1</translation>
    </message>
    <message>
        <source>%1 (%2), at %3×: nothing is downloaded</source>
        <translation>%1 (%2), a %3×: nada é baixado</translation>
    </message>
    <message>
        <source>FlagLab report</source>
        <translation>relatório do FlagLab</translation>
    </message>
    <message>
        <source>FlagLab HAR</source>
        <translation>HAR do FlagLab</translation>
    </message>
    <message>
        <source>HAR from another tool</source>
        <translation>HAR de outra ferramenta</translation>
    </message>
</context>
<context>
    <name>flaglab::RunName</name>
    <message>
        <source>%1 codes</source>
        <translation>%1 códigos</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>one manager</source>
        <translation>um gerenciador</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>laço de eventos</translation>
    </message>
</context>
<context>
    <name>flaglab::ScenesMenu</name>
    <message>
        <source>Replay a scene of the book: the controls, the servers and every run</source>
        <translation>Reproduzir uma cena do livro: os controles, os servidores e cada execução</translation>
    </message>
</context>
<context>
    <name>flaglab::ServerPanel</name>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Where the server listens</source>
        <translation>Onde o servidor escuta</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Requisições recebidas</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Requests being answered now (the most at once)</source>
        <translation>Requisições sendo respondidas agora (o máximo ao mesmo tempo)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Open TCP connections now (the most at once)</source>
        <translation>Conexões TCP abertas agora (o máximo ao mesmo tempo)</translation>
    </message>
    <message>
        <source>200</source>
        <translation>200</translation>
    </message>
    <message>
        <source>Answered 200 OK: a flag</source>
        <translation>Respondidas com 200 OK: uma bandeira</translation>
    </message>
    <message>
        <source>404</source>
        <translation>404</translation>
    </message>
    <message>
        <source>Answered 404 Not Found</source>
        <translation>Respondidas com 404 Not Found</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Answered another status, such as ERROR&apos;s 418</source>
        <translation>Respondidas com outro status, como o 418 do ERROR</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Desligaram</translation>
    </message>
    <message>
        <source>Clients that closed the connection before their answer</source>
        <translation>Clientes que fecharam a conexão antes da resposta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>%1 taken</source>
        <translation>porta %1 ocupada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>The longest delay must not be shorter than the shortest.</source>
        <translation>O maior atraso não pode ser menor que o menor.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight over %1</source>
        <translation>
            <numerusform>%n requisição em andamento em %1</numerusform>
            <numerusform>%n requisições em andamento em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n conexão aberta</numerusform>
            <numerusform>%n conexões abertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>Faulty answers started (Settings: Faults): reset, truncated, stalled or garbage</source>
        <translation>Respostas com falha iniciadas (Configurações: Falhas): reinício, truncamento, travamento ou lixo</translation>
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
        <translation>%1 :%2 ocupada, usando o que está lá</translation>
    </message>
    <message>
        <source>Built-in servers off</source>
        <translation>Servidores embutidos desligados</translation>
    </message>
    <message>
        <source>Built-in servers: %1</source>
        <translation>Servidores embutidos: %1</translation>
    </message>
</context>
<context>
    <name>flaglab::SweepPlot</name>
    <message>
        <source>concurrent requests (-m), log₂ scale</source>
        <translation>requisições simultâneas (-m), escala log₂</translation>
    </message>
    <message>
        <source>elapsed (s)</source>
        <translation>duração (s)</translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation>bandeiras/s</translation>
    </message>
    <message>
        <source>elapsed at -m 1 ÷ N</source>
        <translation>duração com -m 1 ÷ N</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>duração</translation>
    </message>
    <message>
        <source>knee: -m %1
%2 flags/s (≥ 90% of the best)</source>
        <translation>joelho: -m %1
%2 bandeiras/s (≥ 90% da melhor)</translation>
    </message>
</context>
<context>
    <name>flaglab::SweepView</name>
    <message>
        <source>Runs the server and flags chosen in the Run panel once per level, one run after another. Throughput rises with concurrency until something saturates: the knee.</source>
        <translation>Roda o servidor e as bandeiras escolhidos no painel Execução uma vez por nível, uma execução após a outra. A vazão sobe com a concorrência até algo saturar: o joelho.</translation>
    </message>
    <message>
        <source>One run per value, in this order: whole numbers from 1 to 1000, separated by commas</source>
        <translation>Uma execução por valor, nesta ordem: números inteiros de 1 a 1000, separados por vírgulas</translation>
    </message>
    <message>
        <source>Sweeping %1: run %2 of %3, -m %4…</source>
        <translation>Varrendo %1: execução %2 de %3, -m %4…</translation>
    </message>
    <message>
        <source>The sweep of %1 stopped before its first run ended.</source>
        <translation>A varredura de %1 parou antes do fim da primeira execução.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Parada após %1 de %2 execuções.</translation>
    </message>
    <message>
        <source>%1: no flag arrived in any run.</source>
        <translation>%1: nenhuma bandeira chegou em nenhuma execução.</translation>
    </message>
    <message>
        <source>%1: the knee is at -m %2, with the best throughput: %3 flags/s.</source>
        <translation>%1: o joelho está em -m %2, com a melhor vazão: %3 bandeiras/s.</translation>
    </message>
    <message>
        <source>%1: the knee is at -m %2, %3 flags/s: 90% of the best (%4 flags/s at -m %5).</source>
        <translation>%1: o joelho está em -m %2, %3 bandeiras/s: 90% da melhor (%4 bandeiras/s com -m %5).</translation>
    </message>
    <message>
        <source>Sweep of %1</source>
        <translation>Varredura de %1</translation>
    </message>
    <message>
        <source>Sweeping %1 at one level…</source>
        <translation>Varrendo %1 em um nível…</translation>
    </message>
    <message>
        <source>Sweeping %1 at %2 levels…</source>
        <translation>Varrendo %1 em %2 níveis…</translation>
    </message>
</context>
<context>
    <name>flaglab::ThroughputPlot</name>
    <message>
        <source>time since start (s)</source>
        <translation>tempo desde o início (s)</translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation>bandeiras/s</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>KB/s</translation>
    </message>
    <message>
        <source>requests in flight</source>
        <translation>requisições em andamento</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>em andamento</translation>
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
        <translation>parada</translation>
    </message>
    <message>
        <source>time-out</source>
        <translation>expirou</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusada</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reiniciada</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>sem host</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>não salva</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>iniciada em %1</translation>
    </message>
    <message>
        <source>first byte after %1</source>
        <translation>primeiro byte após %1</translation>
    </message>
    <message>
        <source>finished after %1</source>
        <translation>concluída após %1</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 tentativas</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>salva como %1</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncada</translation>
    </message>
    <message>
        <source>bad body</source>
        <translation>corpo inválido</translation>
    </message>
    <message>
        <source>bad answer</source>
        <translation>resposta inválida</translation>
    </message>
</context>
<context>
    <name>flaglab::TimelineView</name>
    <message>
        <source>downloading</source>
        <translation>baixando</translation>
    </message>
    <message>
        <source>404</source>
        <translation>404</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>max_req %1 · peak %2 in flight</source>
        <translation>max_req %1 · pico de %2 em andamento</translation>
    </message>
    <message>
        <source>peak %1 of %2</source>
        <translation>pico de %1 de %2</translation>
    </message>
    <message>
        <source>queued in Qt</source>
        <translation>na fila do Qt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>requests handed to Qt</source>
        <translation>requisições entregues ao Qt</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requisições</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Group by connection</source>
        <translation>A&amp;grupar por conexão</translation>
    </message>
    <message>
        <source>Stack the bars by the connection that carried them: over HTTP/2 many streams share one, over HTTP/1.1 each carries one request at a time</source>
        <translation>Empilhar as barras pela conexão que as levou: no HTTP/2 muitas streams dividem uma, no HTTP/1.1 cada uma leva uma requisição por vez</translation>
    </message>
    <message numerus="yes">
        <source>not on a connection: %n request(s)</source>
        <translation>
            <numerusform>fora de conexão: %n requisição</numerusform>
            <numerusform>fora de conexão: %n requisições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connection %1 · %n stream(s)</source>
        <translation>
            <numerusform>conexão %1 · %n stream</numerusform>
            <numerusform>conexão %1 · %n streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connection %1 · %n request(s)</source>
        <translation>
            <numerusform>conexão %1 · %n requisição</numerusform>
            <numerusform>conexão %1 · %n requisições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexão</numerusform>
            <numerusform>%n conexões</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · peak %2 in flight</source>
        <translation>%1 · pico de %2 em andamento</translation>
    </message>
    <message>
        <source>requests, by connection</source>
        <translation>requisições por conexão</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>conexões</translation>
    </message>
    <message>
        <source>%1 ms before it was on the wire</source>
        <translation>%1 ms até ser enviada</translation>
    </message>
    <message>
        <source>%1 ms from start to end</source>
        <translation>%1 ms do início ao fim</translation>
    </message>
    <message>
        <source>Not on a connection (yet): handed to Qt, or ended before it was sent.</source>
        <translation>(Ainda) fora de conexão: entregue ao Qt, ou terminou antes de ser enviada.</translation>
    </message>
    <message>
        <source>Connection %1, HTTP/2: %2 requests as streams, at most %3 at once (manager %4).</source>
        <translation>Conexão %1, HTTP/2: %2 requisições como streams, no máximo %3 ao mesmo tempo (gerenciador %4).</translation>
    </message>
    <message>
        <source>Connection %1, HTTP/1.1: %2 requests, one at a time. Qt does not say which of a manager&apos;s up to 6 connections a request used: FlagLab counts one as taken from the moment a request is on the wire until it ends.</source>
        <translation>Conexão %1, HTTP/1.1: %2 requisições, uma por vez. O Qt não diz qual das até 6 conexões de um gerenciador uma requisição usou: o FlagLab conta uma como ocupada do momento em que a requisição é enviada até o fim.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>requests, by host</source>
        <translation>requisições por host</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>hosts</translation>
    </message>
    <message>
        <source>%1 · peak %2 on the wire</source>
        <translation>%1 · pico de %2 na rede</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>sem host</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), at most %2 on the wire at once.</source>
        <translation>
            <numerusform>%1: %n requisição, no máximo %2 na rede ao mesmo tempo.</numerusform>
            <numerusform>%1: %n requisições, no máximo %2 na rede ao mesmo tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each host has its own stack. Over HTTP/1.1 a browser keeps at most six connections per host, so no host of a browser&apos;s HAR has more than six on the wire at once: the rest wait their turn, in grey.</source>
        <translation>Cada host tem sua própria pilha. No HTTP/1.1 um navegador mantém no máximo seis conexões por host, então nenhum host do HAR de um navegador tem mais de seis na rede ao mesmo tempo: as outras esperam a vez, em cinza.</translation>
    </message>
</context>
</TS>
