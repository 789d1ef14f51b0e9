#include "clirun.h"

#include "engine/runreport.h"
#include "flags2/textreport.h"
#include "har/harexport.h"
#include "progressbar.h"
#include "server/serverthread.h"
#include "system/interruptnotifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cerrno>
#include <cstdio>

namespace flaglab {

namespace {

void printLines(FILE *stream, const QStringList &lines)
{
    for (const QString &line : lines)
        std::fprintf(stream, "%s\n", line.toUtf8().constData());
    std::fflush(stream);
}

// VmRSS of this process in kB (Linux), or -1.
qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

std::optional<ServerConfig::Mode> builtInMode(const QString &label)
{
    return ServerConfig::modeFromName(label.toLower());
}

// Cancelled requests are done, but the bar must not count them: stopped, it stays where it stopped.
int finishedBeforeStop(const RunCounts &counts)
{
    return counts.done() - counts.cancelled;
}

} // namespace

CliRun::CliRun(const CliJob &job, QObject *parent)
    : QObject(parent), m_job(job)
{
    connect(&m_engine, &DownloadEngine::started, this, &CliRun::onStarted);
    connect(&m_engine, &DownloadEngine::requestFinished, this, &CliRun::onRequestFinished);
    connect(&m_engine, &DownloadEngine::finished, this, &CliRun::onFinished);
}

CliRun::~CliRun() = default;

bool CliRun::startEmbeddedServer()
{
    const auto mode = builtInMode(m_job.flags2.server.label);
    if (!m_job.flags2.server.isBuiltIn() || !mode) {
        printLines(stderr, {QCoreApplication::translate("CliRun", "flaglab-cli: --embedded serves LOCAL, DELAY or ERROR only")});
        return false;
    }
    ServerConfig config = ServerConfig::forMode(*mode);
    config.port = quint16(m_job.run.baseUrl.port(config.port));
    m_server = std::make_unique<ServerThread>();
    QString error;
    if (!m_server->start(config, &error)) {
        // Somebody already serves that port (nginx, another FlagLab): use it.
        printLines(stderr, {QCoreApplication::translate("CliRun", "flaglab-cli: built-in server not started (%1); "
                                           "using whatever answers there").arg(error)});
        m_server.reset();
    }
    return true;
}

int CliRun::exec()
{
    if (m_job.embedded && !startEmbeddedServer())
        return 2;

    InterruptNotifier interrupts;
    connect(&interrupts, &InterruptNotifier::interrupted, this, [this] {
        if (m_interrupted)
            ::_exit(130);       // a second Ctrl-C: the user really wants out
        m_interrupted = true;
        m_engine.cancel();
    });

    QString error;
    if (!m_engine.start(m_job.run, &error)) {     // e.g. "cannot write to DIR: Not a directory"
        printLines(stderr, {QStringLiteral("flaglab-cli: ") + error});
        return 1;
    }
    if (m_job.progressBar)
        m_bar = std::make_unique<ProgressBar>(int(m_job.run.codes.size()), stderr);
    QCoreApplication::exec();
    return m_exitStatus;
}

bool CliRun::jsonToStdout() const
{
    return m_job.jsonPath == u"-";
}

FILE *CliRun::reportStream() const
{
    return jsonToStdout() ? stderr : stdout;
}

void CliRun::writeJsonReport()
{
    if (m_job.jsonPath.isEmpty())
        return;
    const QJsonObject report = runReportJson(m_engine);
    if (jsonToStdout()) {
        const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
        if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size())
            || std::fflush(stdout) != 0) {
            printLines(stderr, {QStringLiteral("flaglab-cli: cannot write the JSON report to standard output: ")
                                + qt_error_string(errno)});
            m_exitStatus = 1;
        }
        return;
    }
    QString error;
    if (!writeJsonFile(m_job.jsonPath, report, &error)) {
        printLines(stderr, {QStringLiteral("flaglab-cli: ") + error});
        m_exitStatus = 1;
    }
}

void CliRun::writeHar()
{
    if (m_job.harPath.isEmpty())
        return;
    QString error;
    if (!writeJsonFile(m_job.harPath, harFromReport(runReportJson(m_engine)), &error)) {
        printLines(stderr, {QStringLiteral("flaglab-cli: ") + error});
        m_exitStatus = 1;
    }
}

// The book's header, once the engine has accepted the run (its destination
// can be written) and before the first request; once for --repeat.
void CliRun::onStarted()
{
    if (m_runsDone > 0)
        return;
    const Flags2Options &flags2 = m_job.flags2;
    printLines(reportStream(), initialReport(flags2.server.label, flags2.server.baseUrl.toString(), flags2.codes,
                                             flags2.actualReq, http2Plan(m_job.run, flags2.actualReq)));
}

void CliRun::onRequestFinished(int id)
{
    if (m_job.flags2.verbose)
        printLines(reportStream(), {verboseLine(m_engine.records().at(id))});
    if (m_bar)
        m_bar->update(finishedBeforeStop(m_engine.counts()));
}

void CliRun::onFinished()
{
    if (m_bar) {
        const RunCounts counts = m_engine.counts();
        if (counts.cancelled > 0)
            m_bar->stop(finishedBeforeStop(counts));
        else
            m_bar->finish(counts.done());
    }
    printLines(reportStream(), finalReport(m_engine.counts(), m_engine.elapsedNs() / 1e9));
    writeJsonReport();
    writeHar();
    if (m_job.repeat > 1) {
        const RunCounts counts = m_engine.counts();
        std::fprintf(reportStream(), "repeat %d/%d: requested %d ok %d not_found %d errors %d cancelled %d rss_kb %lld\n",
                     m_runsDone + 1, m_job.repeat, counts.requested, counts.ok, counts.notFound, counts.errors,
                     counts.cancelled, residentKilobytes());
        std::fflush(reportStream());
    }
    if (++m_runsDone < m_job.repeat && !m_interrupted && m_exitStatus == 0) {
        QTimer::singleShot(0, this, [this] {
            if (m_bar)
                m_bar = std::make_unique<ProgressBar>(int(m_job.run.codes.size()), stderr);
            QString error;
            if (m_engine.start(m_job.run, &error))
                return;
            printLines(stderr, {QStringLiteral("flaglab-cli: ") + error});
            QCoreApplication::exit(1);
        });
        return;
    }
    if (m_interrupted)
        m_exitStatus = 130;
    QCoreApplication::exit(m_exitStatus);
}

} // namespace flaglab
