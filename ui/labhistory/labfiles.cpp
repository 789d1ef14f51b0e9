#include "labhistory/labfiles.h"

#include "saving/filesaver.h"
#include "engine/runreport.h"
#include "har/harexport.h"
#include "lab/runhistory.h"
#include "look/qcustomplot_nokeywords.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
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

bool isSvg(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0;
}

// A view that is not a QCustomPlot paints itself at its own size: drawn at
// another, it is laid out at that size for the moment of the drawing, so that
// its labels are spaced for it rather than stretched.
class DrawingSize {
public:
    DrawingSize(QWidget *view, QSize size) : m_view(view), m_onScreen(view->size()) { view->resize(size); }
    ~DrawingSize() { m_view->resize(m_onScreen); }
    DrawingSize(const DrawingSize &) = delete;
    DrawingSize &operator=(const DrawingSize &) = delete;

private:
    QWidget *m_view;
    QSize m_onScreen;
};

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
    const DrawingSize drawingSize(view, size);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    view->render(&painter);
    return painter.end();
}

// At size, times scale in pixels: type and lines grow with the picture.
bool savePng(QWidget *view, const QString &path, QSize size, qreal scale = 1.0)
{
    if (auto *plot = qobject_cast<QCustomPlot *>(view))
        return plot->savePng(path, size.width(), size.height(), scale);
    const DrawingSize drawingSize(view, size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->palette().color(QPalette::Window));
    view->render(&image);
    return image.save(path, "PNG");
}

bool imageSaved(bool ok, const QString &path, QString *error)
{
    if (!ok && error)
        *error = QCoreApplication::translate("flaglab::LabFiles", "Cannot save the image %1").arg(path);
    return ok;
}

} // namespace

namespace {

// The report, or the reason there is none: a run opened from a saved history keeps its timings only.
bool hasReport(const RunSummary &run, QString *error)
{
    if (!run.report.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("flaglab::LabFiles",
                                             "“%1” was opened from a saved history, which keeps its timings but "
                                             "not its report. Export its timings (CSV) instead.").arg(run.name);
    return false;
}

bool saveJson(const QString &path, const QJsonObject &object, QString *error)
{
    QString why;
    if (writeJsonFile(path, object, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

} // namespace

bool saveReport(const QString &path, const RunSummary &run, QString *error)
{
    return hasReport(run, error) && saveJson(path, run.report, error);
}

bool saveHar(const QString &path, const RunSummary &run, QString *error)
{
    return hasReport(run, error) && saveJson(path, harFromReport(run.report), error);
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
    return imageSaved(isSvg(path) ? saveSvg(view, path, size) : savePng(view, path, size), path, error);
}

bool saveFigure(QWidget *view, const QString &path, QString *error)
{
    const bool ok = isSvg(path) ? saveSvg(view, path, kFigureSize) : savePng(view, path, kFigureSize, kFigureScale);
    return imageSaved(ok, path, error);
}

QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path;
}

} // namespace flaglab::labfiles
