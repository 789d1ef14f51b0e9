<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <source>Searching for %n flag(s): %1</source>
        <translation>
            <numerusform>Searching for %n flag: %1</numerusform>
            <numerusform>Searching for %n flags: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent connection(s) will be used.</source>
        <translation>
            <numerusform>%n connection will be used.</numerusform>
            <numerusform>%n concurrent connections will be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flag(s) downloaded.</source>
        <translation>
            <numerusform>flag downloaded.</numerusform>
            <numerusform>flags downloaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not found.</source>
        <translation>
            <numerusform>not found.</numerusform>
            <numerusform>not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error(s).</source>
        <translation>
            <numerusform>error.</numerusform>
            <numerusform>errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled.</source>
        <translation>
            <numerusform>cancelled.</numerusform>
            <numerusform>cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2.</source>
        <translation>
            <numerusform>%n concurrent request will be used over %1, if the server agrees to HTTP/2.</numerusform>
            <numerusform>%n concurrent requests will be used over %1, if the server agrees to HTTP/2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1.</source>
        <translation>
            <numerusform>%n concurrent request will be used over %1.</numerusform>
            <numerusform>%n concurrent requests will be used over %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::ControlsPanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2.</source>
        <translation>
            <numerusform>%n concurrent request will be used over %1, if the server agrees to HTTP/2.</numerusform>
            <numerusform>%n concurrent requests will be used over %1, if the server agrees to HTTP/2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent request(s) will be used over %1.</source>
        <translation>
            <numerusform>%n concurrent request will be used over %1.</numerusform>
            <numerusform>%n concurrent requests will be used over %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::HistoryView</name>
    <message numerus="yes">
        <source>Forget all %n run(s) of this session? Save the history first to compare them later.</source>
        <translation>
            <numerusform>Forget the %n run of this session? Save the history first to compare it later.</numerusform>
            <numerusform>Forget all %n runs of this session? Save the history first to compare them later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::RaceLaneView</name>
    <message numerus="yes">
        <source>no flags: %n error(s)</source>
        <translation>
            <numerusform>no flags: %n error</numerusform>
            <numerusform>no flags: %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::RaceWindow</name>
    <message numerus="yes">
        <source>%n lane(s), ready: Start race (F5) starts them at the same instant.</source>
        <translation>
            <numerusform>%n lane, ready: Start race (F5) starts it.</numerusform>
            <numerusform>%n lanes, ready: Start race (F5) starts them at the same instant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Racing: %1 of %n lane(s) still running.</source>
        <translation>
            <numerusform>Racing: %1 of %n lane still running.</numerusform>
            <numerusform>Racing: %1 of %n lanes still running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::ReplaySession</name>
    <message numerus="yes">
        <source>%1
%n request(s), %2 s recorded</source>
        <translation>
            <numerusform>%1
%n request, %2 s recorded</numerusform>
            <numerusform>%1
%n requests, %2 s recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::ServerPanel</name>
    <message numerus="yes">
        <source>%n request(s) in flight over %1</source>
        <translation>
            <numerusform>%n request in flight over %1</numerusform>
            <numerusform>%n requests in flight over %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n open connection</numerusform>
            <numerusform>%n open connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flaglab::TimelineView</name>
    <message numerus="yes">
        <source>not on a connection: %n request(s)</source>
        <translation>
            <numerusform>not on a connection: %n request</numerusform>
            <numerusform>not on a connection: %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connection %1 · %n stream(s)</source>
        <translation>
            <numerusform>connection %1 · %n stream</numerusform>
            <numerusform>connection %1 · %n streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connection %1 · %n request(s)</source>
        <translation>
            <numerusform>connection %1 · %n request</numerusform>
            <numerusform>connection %1 · %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), at most %2 on the wire at once.</source>
        <translation>
            <numerusform>%1: %n request, at most %2 on the wire at once.</numerusform>
            <numerusform>%1: %n requests, at most %2 on the wire at once.</numerusform>
        </translation>
    </message>
</context>
</TS>
