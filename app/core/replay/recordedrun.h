#pragma once

#include "engine/requestrecord.h"
#include "har/harimport.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace flaglab {

// A recorded run as the engine would have left it: RunImport's report turned
// back into RequestRecords (times in ns since the run started), with the
// pictures that can still be shown. A picture comes from the HAR's
// content.text, or else from the file the run saved, if it is still there.
struct RecordedRun {
    QString file;                       // where it was read from
    ImportedRun::Source source = ImportedRun::Source::Report;
    QJsonObject report;                 // RunImport's report, as read
    QList<RequestRecord> records;       // by id, as the engine numbers them
    QHash<int, QByteArray> pictures;    // id -> image bytes, where there is one
    qint64 durationNs = 0;              // the run's elapsed time, at least its last phase time

    // RunImport::fromFile(), then fromImport(); nullopt and a message in *error
    // when the file cannot be read or holds no request.
    static std::optional<RecordedRun> load(const QString &path, QString *error);
    static RecordedRun fromImport(const ImportedRun &imported, const QString &file = {});
    // "report", "flaglab-har" or "foreign-har": for the replay's JSON report.
    static QString sourceName(ImportedRun::Source source);
};

} // namespace flaglab
