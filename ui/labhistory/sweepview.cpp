#include "labhistory/sweepview.h"
#include "ui_sweepview.h"

#include "labhistory/sweepplot.h"

#include "look/invalidfield.h"
#include <QApplication>
#include <QEvent>
#include <QStyle>

namespace flaglab {

namespace {

QString levelsText(const QList<int> &levels)
{
    QStringList parts;
    for (int level : levels)
        parts << QString::number(level);
    return parts.join(u',');
}

} // namespace

SweepView::SweepView(QWidget *parent)
    : QWidget(parent), ui(new Ui::SweepView)
{
    ui->setupUi(this);
    setStyleSheet(QStringLiteral(
        "QPushButton#sweepButton, QPushButton#stopButton { font-weight: bold; padding: 4px 12px; }"));
    ui->levelsEdit->setText(levelsText(SweepRunner::defaultLevels()));
    connect(ui->levelsEdit, &QLineEdit::textChanged, this, &SweepView::revalidate);
    connect(ui->levelsEdit, &QLineEdit::returnPressed, ui->sweepButton, &QPushButton::click);
    connect(ui->defaultsButton, &QToolButton::clicked, this, [this] { setLevels(SweepRunner::defaultLevels()); });
    connect(ui->sweepButton, &QPushButton::clicked, this, [this] {
        const QList<int> chosen = levels();
        if (!chosen.isEmpty())
            Q_EMIT sweepRequested(chosen);
    });
    connect(ui->stopButton, &QPushButton::clicked, this, &SweepView::stopRequested);
    sizeStatus();
    showStatus(tr("Runs the server and flags chosen in the Run panel once per level, one run after another. "
                  "Throughput rises with concurrency until something saturates: the knee."));
    setRunEnabled(true, false);
}

SweepView::~SweepView() = default;

SweepPlot *SweepView::plot() const
{
    return ui->sweepPlot;
}

QList<int> SweepView::levels() const
{
    QString error;
    return SweepRunner::parseLevels(ui->levelsEdit->text(), &error);
}

void SweepView::setLevels(const QList<int> &levels)
{
    ui->levelsEdit->setText(levelsText(levels));
}

void SweepView::revalidate()
{
    QString error;
    SweepRunner::parseLevels(ui->levelsEdit->text(), &error);
    m_problem = error;
    const bool invalid = !error.isEmpty();
    markInvalid(ui->levelsEdit, invalid);
    ui->levelsEdit->setToolTip(invalid ? error : tr("One run per value, in this order: whole numbers from 1 to "
                                                     "1000, separated by commas"));
    ui->sweepButton->setEnabled(m_canStart && !invalid);
}

void SweepView::setRunEnabled(bool canStart, bool canStop)
{
    m_canStart = canStart;
    ui->levelsEdit->setEnabled(canStart);
    ui->defaultsButton->setEnabled(canStart);
    ui->stopButton->setEnabled(canStop);
    revalidate();
}

void SweepView::begin(const QString &what, const QList<int> &levels)
{
    m_what = what;
    m_planned = levels;
    m_points.clear();
    ui->sweepPlot->setLevels(levels);
    ui->sweepPlot->setTitle(tr("Sweep of %1").arg(what));
    showStatus(levels.size() == 1 ? tr("Sweeping %1 at one level…").arg(what)
                                  : tr("Sweeping %1 at %2 levels…").arg(what).arg(levels.size()));
}

void SweepView::showRunning(int index, int level)
{
    showStatus(tr("Sweeping %1: run %2 of %3, -m %4…").arg(m_what).arg(index + 1).arg(m_planned.size()).arg(level));
}

void SweepView::showPoints(const QList<SweepPoint> &points, bool over)
{
    m_points = points;
    ui->sweepPlot->showPoints(points);
    const int knee = SweepRunner::kneeIndex(points);
    if (!over || points.isEmpty()) {
        if (over)
            showStatus(tr("The sweep of %1 stopped before its first run ended.").arg(m_what));
        return;
    }
    int best = 0;
    for (int i = 1; i < points.size(); ++i) {
        if (points.at(i).run.flagsPerSecond() > points.at(best).run.flagsPerSecond())
            best = i;
    }
    const SweepPoint &top = points.at(best);
    QString text;
    if (knee < 0)
        text = tr("%1: no flag arrived in any run.").arg(m_what);
    else if (knee == best)
        text = tr("%1: the knee is at -m %2, with the best throughput: %3 flags/s.")
                   .arg(m_what)
                   .arg(top.concurrency)
                   .arg(top.run.flagsPerSecond(), 0, 'f', 1);
    else
        text = tr("%1: the knee is at -m %2, %3 flags/s: 90% of the best (%4 flags/s at -m %5).")
                   .arg(m_what)
                   .arg(points.at(knee).concurrency)
                   .arg(points.at(knee).run.flagsPerSecond(), 0, 'f', 1)
                   .arg(top.run.flagsPerSecond(), 0, 'f', 1)
                   .arg(top.concurrency);
    if (points.size() < m_planned.size())
        text += u' ' + tr("Stopped after %1 of %2 runs.").arg(points.size()).arg(m_planned.size());
    showStatus(text);
}

void SweepView::showStatus(const QString &text)
{
    ui->statusLabel->setText(text);
}

void SweepView::sizeStatus()
{
    QFont font = QApplication::font(this);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    ui->statusLabel->setFont(font);
}

void SweepView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        sizeStatus();
}

} // namespace flaglab
