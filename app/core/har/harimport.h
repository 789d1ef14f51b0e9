#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace flaglab {

// A recorded run brought back for replay, whatever file it came in.
struct ImportedRun {
    enum class Source { Report, FlagLabHar, ForeignHar };
    Source source = Source::Report;
    // In the shape of runReportJson() (the CLI's --json): counts, and one
    // request per code (per URL for a foreign HAR) with its phase times.
    QJsonObject report;
    QHash<int, QByteArray> bodies;      // request index -> body, where a HAR holds one (content.text)
};

// Reads a FlagLab JSON report, a HAR that FlagLab wrote (harFromReport), or
// a HAR from any other tool (HAR 1.1 or 1.2). Anything else, or anything
// absurd, gets nullopt and a message for the user in *error. Memory stays
// bounded: the file is refused over kMaxFileBytes before it is read, and
// bodies over their caps are dropped (the tile then shows no picture).
class RunImport {
public:
    static constexpr qint64 kMaxFileBytes = 128LL * 1024 * 1024;
    static constexpr int kMaxEntries = 100000;
    static constexpr qint64 kMaxBodyBytes = 2 * 1024 * 1024;
    static constexpr qint64 kMaxBodiesBytes = 64LL * 1024 * 1024;
    static constexpr double kMaxTimeMs = 24.0 * 3600 * 1000;      // one exchange, one day

    static std::optional<ImportedRun> fromFile(const QString &path, QString *error);
    static std::optional<ImportedRun> fromData(const QByteArray &data, QString *error);
};

} // namespace flaglab
