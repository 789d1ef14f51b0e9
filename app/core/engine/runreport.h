#pragma once

#include <QJsonObject>
#include <QString>

namespace flaglab {

class DownloadEngine;

// The JSON report of a finished (or cancelled) run: the CLI's --json and,
// with a "ui" object added, the window's --report.
QJsonObject runReportJson(const DownloadEngine &engine);

// Written atomically; false with *error set when the file cannot be written.
bool writeJsonFile(const QString &path, const QJsonObject &object, QString *error = nullptr);

} // namespace flaglab
