#include "clisweep.h"

#include "saving/filesaver.h"
#include "flags2/textreport.h"
#include "system/interruptnotifier.h"

#include <QCoreApplication>

#include <cstdio>

namespace flaglab {

namespace {

// The sweep's lines are a report: translated only when the report is (--lang).
QString reportText(const char *source)
{
    return reportTranslated() ? QCoreApplication::translate("CliSweep", source) : QString::fromUtf8(source);
}

void printLine(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

CliSweep::CliSweep(const RunConfig &base, const QList<int> &levels, const QString &csvPath, QObject *parent)
    : QObject(parent), m_base(base), m_levels(levels), m_csvPath(csvPath)
{
    connect(&m_sweep, &SweepRunner::pointFinished, this,
            [this](int index) { printLine(tableRow(m_sweep.points().at(index))); });
    connect(&m_sweep, &SweepRunner::finished, this, &CliSweep::onFinished);
}

QString CliSweep::tableHeader()
{
    return QStringLiteral("concurrency  elapsed_s     ok  not_found  errors  flags_per_s  p95_latency_s");
}

QString CliSweep::tableRow(const SweepPoint &point)
{
    const RunSummary &r = point.run;
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
        .arg(point.concurrency, 11)
        .arg(r.elapsedS, 9, 'f', 2)
        .arg(r.counts.ok, 5)
        .arg(r.counts.notFound, 9)
        .arg(r.counts.errors, 6)
        .arg(r.flagsPerSecond(), 11, 'f', 1)
        .arg(r.latencyPercentileS(95), 13, 'f', 3);
}

int CliSweep::exec()
{
    printLine(reportText(QT_TRANSLATE_NOOP("TextReport", "%1 site: %2")).arg(m_base.serverLabel, m_base.baseUrl.toString()));
    printLine(reportText(QT_TRANSLATE_NOOP("CliSweep", "Sweeping %1 flags at %2 concurrency levels; each run starts with an empty folder."))
                  .arg(m_base.codes.size()).arg(m_levels.size()));
    printLine(tableHeader());
    InterruptNotifier interrupts;
    connect(&interrupts, &InterruptNotifier::interrupted, this, [this] {
        m_interrupted = true;
        m_sweep.cancel();
    });
    QString error;
    if (!m_sweep.start(m_base, m_levels, &error)) {
        std::fprintf(stderr, "flaglab-cli: %s\n", error.toUtf8().constData());
        return 1;
    }
    return QCoreApplication::exec();
}

void CliSweep::onFinished()
{
    const QList<SweepPoint> &points = m_sweep.points();
    const int knee = SweepRunner::kneeIndex(points);
    if (knee >= 0)
        printLine(reportText(QT_TRANSLATE_NOOP("CliSweep", "Knee: %1 concurrent requests reach 90% of the best throughput (%2 flags/s)."))
                      .arg(points.at(knee).concurrency)
                      .arg(points.at(knee).run.flagsPerSecond(), 0, 'f', 1));
    int status = m_interrupted ? 130 : 0;
    if (const QString why = FileSaver::writeAtomically(m_csvPath, SweepRunner::csv(points)); why.isEmpty()) {
        printLine(reportText(QT_TRANSLATE_NOOP("CliSweep", "Wrote %1")).arg(m_csvPath));
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("CliSweep", "flaglab-cli: cannot write %1: %2")
                                                      .arg(m_csvPath, why)));
        status = 1;
    }
    QCoreApplication::exit(status);
}

} // namespace flaglab
