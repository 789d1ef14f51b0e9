// The floor under flaglab-cli: the same 676 GETs through bare
// QNetworkAccessManagers (ceil(N/6) of them, N in flight), bodies read and
// dropped, nothing saved, no engine. Prints the elapsed time in ms.
//
//   flaglab-qnam-floor BASE_URL CONCURRENCY     e.g. http://127.0.0.1:8099/flags 6

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s BASE_URL CONCURRENCY\n", argv[0]);
        return 2;
    }
    const QString base = QString::fromLocal8Bit(argv[1]);
    const int concurrency = std::max(1, std::atoi(argv[2]));
    QList<QNetworkAccessManager *> managers;
    for (int i = 0; i < (concurrency + 5) / 6; ++i)
        managers.append(new QNetworkAccessManager(&app));

    constexpr int kCodes = 26 * 26;
    int next = 0, done = 0, inFlight = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> pump = [&] {
        while (inFlight < concurrency && next < kCodes) {
            const int i = next++;
            const QString cc = QString(QChar(u'a' + i / 26)) + QChar(u'a' + i % 26);
            QNetworkReply *reply = managers.at(i % managers.size())->get(
                QNetworkRequest(QUrl(base + u'/' + cc + u'/' + cc + QStringLiteral(".gif"))));
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
    return QCoreApplication::exec();
}
