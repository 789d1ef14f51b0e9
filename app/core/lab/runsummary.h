#pragma once

#include "engine/requestrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace flaglab {

class DownloadEngine;

// What the lab keeps of a finished run: its settings, outcomes and every
// request's timings, small enough to hold hundreds of runs and to save.
struct RunSummary {
    struct Timing {
        QString cc;
        Outcome outcome = Outcome::Pending;
        qint64 bytes = 0;
        double startedS = -1;       // -1: never started
        double firstByteS = -1;
        double finishedS = -1;
        double sentS = -1;          // on the wire; -1: never (refused, say)
        double connectingS = -1;    // -1: no connection opened for it
    };

    QString name;                   // "DELAY -m 6", as the user sees it
    QDateTime when;
    QString server;
    QString baseUrl;
    QString model = QStringLiteral("event-loop");   // or "threads"
    QString protocol = QStringLiteral("HTTP/1.1");  // or "HTTP/2" (RunConfig::protocolName())
    int concurrency = 0;
    bool singleManager = false;
    RunCounts counts;
    double elapsedS = 0;
    int maxInFlight = 0;            // on the wire, as the server counts
    int maxQueuedInClient = 0;      // handed to Qt, waiting for a connection
    QList<Timing> timings;
    // The CLI's --json report of the run (runReportJson()), for File > Export:
    // held for the runs of this session, not written to histories.
    QJsonObject report;

    double flagsPerSecond() const;  // OK flags per second of the run
    double kilobytesPerSecond() const;
    double meanLatencyS() const;    // start to finish, requests that ended with an answer
    double latencyPercentileS(double percentile) const;

    static RunSummary fromEngine(const DownloadEngine &engine, const QString &name = {});
    QJsonObject toJson() const;
    static RunSummary fromJson(const QJsonObject &object);
};

} // namespace flaglab
