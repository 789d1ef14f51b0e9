// The floor under flaglab-cli: the same 676 GETs through bare
// QNetworkAccessManagers (ceil(N/6) of them, N in flight), bodies read and
// dropped, nothing saved, no engine. Prints the elapsed time in ms.
// With h2: HTTP/2 with prior knowledge, ceil(N/100) managers, as the engine's --http2.
//
//   flaglab-qnam-floor BASE_URL CONCURRENCY [h2]     e.g. http://127.0.0.1:8099/flags 6

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <cstring>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && !(argc == 4 && std::strcmp(argv[3], "h2") == 0)) {
        std::fprintf(stderr, "usage: %s BASE_URL CONCURRENCY [h2]\n", argv[0]);
        return 2;
    }
    const QString base = QString::fromLocal8Bit(argv[1]);
    const int concurrency = std::max(1, std::atoi(argv[2]));
    const bool http2 = argc == 4;
    const int perManager = http2 ? 100 : 6;
    QList<QNetworkAccessManager *> managers;
    for (int i = 0; i < (concurrency + perManager - 1) / perManager; ++i)
        managers.append(new QNetworkAccessManager);

    constexpr int kCodes = 26 * 26;
    int next = 0, done = 0, inFlight = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> pump = [&] {
        while (inFlight < concurrency && next < kCodes) {
            const int i = next++;
            const QString cc = QString(QChar(u'a' + i / 26)) + QChar(u'a' + i % 26);
            QNetworkRequest request(QUrl(base + u'/' + cc + u'/' + cc + QStringLiteral(".gif")));
            request.setAttribute(QNetworkRequest::Http2DirectAttribute, http2);
            QNetworkReply *reply = managers.at(i % managers.size())->get(request);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
                reply->readAll();
                reply->deleteLater();
                --inFlight;
                if (++done == kCodes) {
                    std::printf("%.1f\n", clock.nsecsElapsed() / 1e6);
                    QCoreApplication::quit();
                } else {
                    pump();
                }
            });
        }
    };
    pump();
    const int status = QCoreApplication::exec();
    // While the application is whole: a manager destroyed among its children,
    // in ~QCoreApplication, waits for its HTTP thread, which may then deliver
    // an event to an object already gone (a crash at exit, seen once in 60
    // runs of bench/http2-vs-http1.sh over h2c).
    qDeleteAll(managers);
    return status;
}
