#include "labfiles.h"

#include "engine/filesaver.h"
#include "engine/runreport.h"
#include "lab/runhistory.h"
#include "qcustomplot_nokeywords.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPainter>
#include <QSvgGenerator>

namespace flaglab::labfiles {

namespace {

bool write(const QString &path, const QByteArray &data, QString *error)
{
    const QString why = FileSaver::writeAtomically(path, data);
    if (!why.isEmpty() && error)
        *error = QCoreApplication::translate("flaglab::LabFiles", "Cannot write %1: %2").arg(path, why);
    return why.isEmpty();
}

bool saveSvg(QWidget *view, const QString &path, QSize size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setTitle(QStringLiteral("FlagLab"));
    if (auto *plot = qobject_cast<QCustomPlot *>(view)) {
        QCPPainter painter;
        if (!painter.begin(&generator))
            return false;
        plot->toPainter(&painter, size.width(), size.height());
        return painter.end();
    }
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.scale(double(size.width()) / view->width(), double(size.height()) / view->height());
    view->render(&painter);
    return painter.end();
}

} // namespace

bool saveRun(const QString &path, const RunSummary &run, QString *error)
{
    QString why;
    if (writeJsonFile(path, run.toJson(), &why))
        return true;
    if (error)
        *error = why;
    return false;
}

std::optional<RunSummary> loadRun(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("flaglab::LabFiles", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || !document.object().contains(u"requests")) {
        if (error)
            *error = QCoreApplication::translate("flaglab::LabFiles", "%1 is not a FlagLab run").arg(path);
        return std::nullopt;
    }
    return RunSummary::fromJson(document.object());
}

bool saveTimingsCsv(const QString &path, const RunSummary &run, QString *error)
{
    return write(path, RunHistory::timingsCsv(run), error);
}

bool saveSweepCsv(const QString &path, const QList<SweepPoint> &points, QString *error)
{
    return write(path, SweepRunner::csv(points), error);
}

bool saveImage(QWidget *view, const QString &path, QSize size, QString *error)
{
    if (!size.isValid() || size.isEmpty())
        size = view->size();
    const bool svg = QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0;
    bool ok = false;
    if (svg) {
        ok = saveSvg(view, path, size);
    } else if (auto *plot = qobject_cast<QCustomPlot *>(view)) {
        ok = plot->savePng(path, size.width(), size.height());
    } else {
        QPixmap pixmap(size);
        pixmap.fill(view->palette().color(QPalette::Window));
        QPainter painter(&pixmap);
        painter.scale(double(size.width()) / view->width(), double(size.height()) / view->height());
        view->render(&painter);
        painter.end();
        ok = pixmap.save(path, "PNG");
    }
    if (!ok && error)
        *error = QCoreApplication::translate("flaglab::LabFiles", "Cannot save the image %1").arg(path);
    return ok;
}

} // namespace flaglab::labfiles
