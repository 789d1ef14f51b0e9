#include "harimport.h"

#include "hartimings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <map>
#include <utility>

namespace flaglab {

namespace {

const char *const kPhaseKeys[] = {"queued_s", "started_s", "connecting_s", "connected_s", "first_byte_s", "finished_s"};
const char *const kTimingKeys[] = {"blocked", "dns", "connect", "ssl", "send", "wait", "receive"};

QString entryName(qsizetype index)
{
    return QStringLiteral("entry %1").arg(index + 1);
}

// A time in a HAR's timings: a number, -1 for "does not apply", never other
// negatives nor over a day.
QString timingProblem(const QJsonObject &timings, const char *key)
{
    const QJsonValue value = timings.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isDouble())
        return QStringLiteral("timings.%1 is not a number").arg(QLatin1String(key));
    const double ms = value.toDouble();
    if (ms < 0 && ms != -1)
        return QStringLiteral("timings.%1 is %2 ms: negative").arg(QLatin1String(key)).arg(ms);
    if (ms > RunImport::kMaxTimeMs)
        return QStringLiteral("timings.%1 is %2 ms: over a day").arg(QLatin1String(key)).arg(ms);
    return {};
}

// A phase time of a FlagLab report or HAR: seconds since the run started,
// null or -1 when it never came.
QString phaseProblem(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    const double s = value.toDouble(-2);
    if (!value.isDouble() || (s < 0 && s != -1) || s * 1000 > RunImport::kMaxTimeMs * 10)
        return QStringLiteral("%1 is not a time in seconds since the run started").arg(QLatin1String(key));
    return {};
}

int maxOverlap(QList<std::pair<double, double>> spans)
{
    QList<std::pair<double, int>> edges;
    for (const auto &[from, to] : spans)
        if (from >= 0 && to >= from) {
            edges.append({from, +1});
            edges.append({to, -1});
        }
    std::sort(edges.begin(), edges.end());      // an end before a start at the same instant
    int now = 0, most = 0;
    for (const auto &edge : edges)
        most = std::max(most, now += edge.second);
    return most;
}

QString outcomeFor(int status)
{
    if (status / 100 == 2)
        return QStringLiteral("OK");
    return status == 404 ? QStringLiteral("NOT_FOUND") : QStringLiteral("ERROR");
}

QString errorFor(const QJsonObject &response, const QString &url)
{
    const int status = response.value(u"status").toInt();
    const QString error = response.value(u"_error").toString();
    if (!error.isEmpty() || status / 100 == 2)
        return error;
    if (status == 404)
        return QStringLiteral("not found: %1").arg(url);
    if (status == 0)
        return QStringLiteral("no answer");
    return QStringLiteral("HTTP error %1 - %2").arg(status).arg(response.value(u"statusText").toString());
}

// The tile's label for a URL FlagLab did not ask for: its last segment.
QString labelFor(const QUrl &url)
{
    const QString name = url.fileName();
    return name.isEmpty() ? url.host() : name.left(40);
}

QJsonValue secondsOrNull(double s)
{
    return s < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Counts, elapsed time and the maxima, from the requests as they are.
void completeReport(QJsonObject &report)
{
    const QJsonArray requests = report.value(u"requests").toArray();
    int ok = 0, notFound = 0, errors = 0, cancelled = 0;
    double elapsed = 0;
    QList<std::pair<double, double>> handedOver, onTheWire;
    for (const QJsonValue &value : requests) {
        const QJsonObject r = value.toObject();
        const QString status = r.value(u"status").toString();
        ok += status == u"OK";
        notFound += status == u"NOT_FOUND";
        errors += status == u"ERROR";
        cancelled += status == u"CANCELLED";
        const double finished = r.value(u"finished_s").toDouble(-1);
        elapsed = std::max(elapsed, finished);
        handedOver.append({r.value(u"started_s").toDouble(-1), finished});
        onTheWire.append({r.value(u"connected_s").toDouble(-1), finished});
    }
    report.insert(QStringLiteral("requested"), int(requests.size()));
    report.insert(QStringLiteral("ok"), ok);
    report.insert(QStringLiteral("not_found"), notFound);
    report.insert(QStringLiteral("errors"), errors);
    report.insert(QStringLiteral("cancelled"), cancelled);
    if (!report.contains(u"elapsed_s"))
        report.insert(QStringLiteral("elapsed_s"), elapsed);
    if (!report.contains(u"max_in_flight"))
        report.insert(QStringLiteral("max_in_flight"), maxOverlap(onTheWire));
    if (!report.contains(u"concurrency"))
        report.insert(QStringLiteral("concurrency"), std::max(1, maxOverlap(handedOver)));
}

class HarReader {
public:
    HarReader(const QJsonObject &log, QString *error) : m_log(log), m_error(error) {}

    std::optional<ImportedRun> read()
    {
        const QJsonValue version = m_log.value(u"version");
        if (!version.isString())
            return fail(QStringLiteral("not a HAR: log.version is missing"));
        if (version.toString() != u"1.2" && version.toString() != u"1.1")
            return fail(QStringLiteral("HAR version '%1' is not supported (1.1 or 1.2)").arg(version.toString().left(20)));
        if (!m_log.value(u"entries").isArray())
            return fail(QStringLiteral("not a HAR: log.entries is missing"));
        const QJsonArray entries = m_log.value(u"entries").toArray();
        if (entries.size() > RunImport::kMaxEntries)
            return fail(QStringLiteral("%1 entries: more than the %2 a replay takes")
                            .arg(entries.size()).arg(RunImport::kMaxEntries));
        if (entries.isEmpty())
            return fail(QStringLiteral("the HAR has no entries"));
        if (!checkEntries(entries))
            return std::nullopt;
        ImportedRun run;
        run.source = isFlagLabs(entries) ? ImportedRun::Source::FlagLabHar : ImportedRun::Source::ForeignHar;
        run.report = m_log.value(u"_flaglab").toObject();
        QJsonArray requests;
        if (run.source == ImportedRun::Source::FlagLabHar)
            requests = flagLabRequests(entries);
        else
            requests = foreignRequests(entries, &run);
        if (requests.isEmpty())
            return std::nullopt;
        run.report.insert(QStringLiteral("requests"), requests);
        if (run.source == ImportedRun::Source::ForeignHar) {
            const QUrl first(entries.first().toObject().value(u"request").toObject().value(u"url").toString());
            run.report.insert(QStringLiteral("server"), first.host());
            run.report.insert(QStringLiteral("base_url"), first.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString());
        }
        completeReport(run.report);
        return run;
    }

private:
    std::optional<ImportedRun> fail(const QString &message)
    {
        *m_error = message;
        return std::nullopt;
    }

    bool checkEntries(const QJsonArray &entries)
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            QString problem;
            const QDateTime start = QDateTime::fromString(entry.value(u"startedDateTime").toString(), Qt::ISODateWithMs);
            if (!entries.at(i).isObject())
                problem = QStringLiteral("is not an object");
            else if (!start.isValid())
                problem = QStringLiteral("startedDateTime '%1' is not a date").arg(entry.value(u"startedDateTime").toString().left(40));
            else if (entry.value(u"request").toObject().value(u"url").toString().isEmpty())
                problem = QStringLiteral("request.url is missing");
            else if (!entry.value(u"timings").isObject())
                problem = QStringLiteral("timings is missing");
            for (const char *key : kTimingKeys)
                if (problem.isEmpty())
                    problem = timingProblem(entry.value(u"timings").toObject(), key);
            for (const char *key : kPhaseKeys)
                if (problem.isEmpty() && entry.value(u"_flaglab").isObject())
                    problem = phaseProblem(entry.value(u"_flaglab").toObject(), key);
            if (!problem.isEmpty()) {
                *m_error = entryName(i) + QStringLiteral(": ") + problem;
                return false;
            }
            m_startMs.append(start.toMSecsSinceEpoch());
        }
        const auto [first, last] = std::minmax_element(m_startMs.cbegin(), m_startMs.cend());
        m_firstStartMs = *first;
        if (*last - m_firstStartMs > RunImport::kMaxTimeMs) {
            *m_error = QStringLiteral("the entries' start times span more than a day");
            return false;
        }
        return true;
    }

    bool isFlagLabs(const QJsonArray &entries) const
    {
        if (m_log.value(u"creator").toObject().value(u"name").toString() != u"FlagLab")
            return false;
        return std::all_of(entries.begin(), entries.end(),
                           [](const QJsonValue &e) { return e.toObject().value(u"_flaglab").isObject(); });
    }

    // FlagLab's own: one request per code, its earlier attempts folded back in.
    QJsonArray flagLabRequests(const QJsonArray &entries) const
    {
        QJsonArray requests;
        std::map<QString, QJsonArray> earlier;      // cc -> failed attempts so far
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QJsonObject mark = entry.value(u"_flaglab").toObject();
            const QJsonObject response = entry.value(u"response").toObject();
            const QString cc = mark.value(u"cc").toString();
            if (mark.value(u"outcome").toString() == u"RETRIED") {
                earlier[cc].append(QJsonObject{{QStringLiteral("started_s"), mark.value(u"started_s")},
                                               {QStringLiteral("ended_s"), mark.value(u"finished_s")},
                                               {QStringLiteral("error"), response.value(u"_error")}});
                continue;
            }
            const int status = response.value(u"status").toInt();
            QJsonObject request{
                {QStringLiteral("cc"), cc},
                {QStringLiteral("status"), mark.value(u"outcome").toString(outcomeFor(status))},
                {QStringLiteral("failure"), mark.value(u"failure")},
                {QStringLiteral("http_status"), status == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(status)},
                {QStringLiteral("http_reason"), status == 0 ? QJsonValue(QJsonValue::Null) : response.value(u"statusText")},
                {QStringLiteral("error"), response.value(u"_error").toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                          : response.value(u"_error")},
                {QStringLiteral("bytes"), response.value(u"content").toObject().value(u"size").toInteger()},
                {QStringLiteral("url"), entry.value(u"request").toObject().value(u"url")},
                {QStringLiteral("saved_as"), mark.value(u"saved_as")},
                {QStringLiteral("attempts"), mark.value(u"attempt").toInt(1)},
                {QStringLiteral("content_type"), response.value(u"content").toObject().value(u"mimeType")},
            };
            for (const char *key : kPhaseKeys)
                if (qstrcmp(key, "queued_s") != 0)
                    request.insert(QLatin1String(key), secondsOrNull(mark.value(QLatin1String(key)).toDouble(-1)));
            if (const auto it = earlier.find(cc); it != earlier.end())
                request.insert(QStringLiteral("earlier_attempts"), it->second);
            requests.append(request);
        }
        return requests;
    }

    // Any other tool's: one request per entry, timed from its timings.
    QJsonArray foreignRequests(const QJsonArray &entries, ImportedRun *run) const
    {
        QJsonArray requests;
        qint64 bodiesBytes = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const QJsonObject response = entry.value(u"response").toObject();
            const QString url = entry.value(u"request").toObject().value(u"url").toString();
            ExchangePhases phases = phasesFromHar(double(m_startMs.at(i) - m_firstStartMs) / 1000,
                                                  entry.value(u"timings").toObject());
            const int status = response.value(u"status").toInt();
            if (status == 0) {      // no answer: nothing came, and it may never have been on the wire
                phases.firstByteS = -1;
                if (phases.finishedS <= phases.connectedS)
                    phases.connectedS = -1;
            }
            const QJsonObject content = response.value(u"content").toObject();
            requests.append(QJsonObject{
                {QStringLiteral("cc"), labelFor(QUrl(url))},
                {QStringLiteral("status"), outcomeFor(status)},
                {QStringLiteral("http_status"), status == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(status)},
                {QStringLiteral("http_reason"), status == 0 ? QJsonValue(QJsonValue::Null) : response.value(u"statusText")},
                {QStringLiteral("error"), errorFor(response, url).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(errorFor(response, url))},
                {QStringLiteral("bytes"), std::max<qint64>(0, content.value(u"size").toInteger())},
                {QStringLiteral("url"), url},
                {QStringLiteral("saved_as"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("attempts"), 1},
                {QStringLiteral("content_type"), content.value(u"mimeType")},
                {QStringLiteral("started_s"), phases.startedS},
                {QStringLiteral("connecting_s"), secondsOrNull(phases.connectingS)},
                {QStringLiteral("connected_s"), secondsOrNull(phases.connectedS)},
                {QStringLiteral("first_byte_s"), secondsOrNull(phases.firstByteS)},
                {QStringLiteral("finished_s"), phases.finishedS},
            });
            keepBody(content, int(requests.size() - 1), &bodiesBytes, run);
        }
        return requests;
    }

    static void keepBody(const QJsonObject &content, int index, qint64 *bodiesBytes, ImportedRun *run)
    {
        const QString text = content.value(u"text").toString();
        if (text.isEmpty() || text.size() > RunImport::kMaxBodyBytes * 4 / 3 + 4)
            return;
        const QByteArray body = content.value(u"encoding").toString() == u"base64"
                                    ? QByteArray::fromBase64(text.toLatin1())
                                    : text.toUtf8();
        if (body.size() > RunImport::kMaxBodyBytes || *bodiesBytes + body.size() > RunImport::kMaxBodiesBytes)
            return;
        *bodiesBytes += body.size();
        run->bodies.insert(index, body);
    }

    QJsonObject m_log;
    QString *m_error;
    QList<qint64> m_startMs;        // each entry's startedDateTime, read once by checkEntries()
    qint64 m_firstStartMs = 0;
};

std::optional<ImportedRun> readReport(const QJsonObject &root, QString *error)
{
    const QJsonArray requests = root.value(u"requests").toArray();
    if (requests.size() > RunImport::kMaxEntries) {
        *error = QStringLiteral("%1 requests: more than the %2 a replay takes").arg(requests.size()).arg(RunImport::kMaxEntries);
        return std::nullopt;
    }
    static const QStringList outcomes{QStringLiteral("OK"), QStringLiteral("NOT_FOUND"), QStringLiteral("ERROR"),
                                      QStringLiteral("CANCELLED"), QStringLiteral("PENDING")};
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject r = requests.at(i).toObject();
        QString problem;
        if (!requests.at(i).isObject() || !r.value(u"cc").isString())
            problem = QStringLiteral("has no code");
        else if (!outcomes.contains(r.value(u"status").toString()))
            problem = QStringLiteral("status '%1' is not one of %2").arg(r.value(u"status").toString().left(20), outcomes.join(u", "));
        for (const char *key : kPhaseKeys)
            if (problem.isEmpty())
                problem = phaseProblem(r, key);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("request %1: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        }
    }
    ImportedRun run;
    run.source = ImportedRun::Source::Report;
    run.report = root;
    completeReport(run.report);
    return run;
}

} // namespace

std::optional<ImportedRun> RunImport::fromData(const QByteArray &data, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (data.size() > kMaxFileBytes) {
        *error = QStringLiteral("%1 bytes: over the %2 MB a recorded run may have").arg(data.size()).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON (%1 at byte %2): is the file complete?")
                     .arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"log").isObject())
        return HarReader(root.value(u"log").toObject(), error).read();
    if (root.value(u"requests").isArray())
        return readReport(root, error);
    *error = QStringLiteral("neither a HAR (no \"log\") nor a FlagLab report (no \"requests\")");
    return std::nullopt;
}

std::optional<ImportedRun> RunImport::fromFile(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = QStringLiteral("%1 is %2: over the %3 MB a recorded run may have")
                     .arg(path, QLocale::c().formattedDataSize(file.size())).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    std::optional<ImportedRun> run = fromData(file.read(kMaxFileBytes + 1), error);
    if (!run)
        *error = path + QStringLiteral(": ") + *error;
    return run;
}

} // namespace flaglab
