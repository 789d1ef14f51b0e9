#include "flaggrid/decodequeue.h"
#include "flaggrid/thumbnaildecoder.h"
#include "flaggrid/thumbnaildelegate.h"
#include "flaggrid/thumbnailmodel.h"
#include "flaggrid/thumbnailview.h"
#include "flaggrid/tileatlas.h"
#include "flaggrid/tileslots.h"

#include <QFile>
#include <QAbstractItemModelTester>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace flaglab;

namespace {

QByteArray flagGif(const QString &cc)
{
    QFile file(QStringLiteral(":/flags/%1/%1.gif").arg(cc.toLower()));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no flag %s in the data set", qPrintable(cc));
    return file.readAll();
}

RequestRecord finished(int id, const QString &cc, Outcome outcome, int status = 0, const QString &error = {},
                       FailureKind failure = FailureKind::None)
{
    RequestRecord r;
    r.id = id;
    r.cc = cc;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:1/flags/%1/%1.gif").arg(cc.toLower()));
    r.outcome = outcome;
    r.httpStatus = status;
    r.reasonPhrase = status == 418 ? QStringLiteral("I'm a Teapot") : QString();
    r.error = error;
    r.failure = failure;
    r.startedNs = 1000000;
    r.firstByteNs = status ? 2000000 : -1;
    r.finishedNs = 5000000;
    r.bytes = outcome == Outcome::Ok ? 1234 : 0;
    return r;
}

// As the window has it: the picture when the engine has it, then the result.
void arrive(ThumbnailModel &model, const RequestRecord &record, const QByteArray &picture, qint64 arrivedNs = -1)
{
    model.addDownload(record.id, picture);
    model.addResult(record, arrivedNs);
}

// A grid on screen, over a model of its own.
struct ShownGrid {
    ThumbnailModel model;
    ThumbnailView view;

    explicit ShownGrid(const QSize &size)
    {
        view.setThumbnailModel(&model);
        view.resize(size);
        view.show();
    }
    bool exposed() { return QTest::qWaitForWindowExposed(&view); }

    // 404 tiles for requests from..to-1, in one batch: false if they never came.
    bool addNotFound(int from, int to)
    {
        for (int id = from; id < to; ++id)
            model.addResult(finished(id, QStringLiteral("Z%1").arg(id), Outcome::NotFound, 404));
        return QTest::qWaitFor([&] { return model.rowCount() == to; });
    }
    bool inView(int row) const
    {
        return view.viewport()->rect().contains(view.visualRect(view.model()->index(row, 0)));
    }
    bool shows(int row) const
    {
        return view.viewport()->rect().intersects(view.visualRect(view.model()->index(row, 0)));
    }
};

QStringList codesInRows(const ThumbnailModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes << model.index(row).data().toString();
    return codes;
}

} // namespace

class TestThumbnailModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultsBecomeRowsInArrivalOrder()
    {
        ThumbnailModel model;
        QSignalSpy idle(&model, &ThumbnailModel::idle);
        arrive(model, finished(3, QStringLiteral("CN"), Outcome::Ok), flagGif(QStringLiteral("CN")));
        model.addResult(finished(7, QStringLiteral("ZZ"), Outcome::NotFound, 404, QStringLiteral("not found: x")));
        arrive(model, finished(0, QStringLiteral("BR"), Outcome::Ok), flagGif(QStringLiteral("BR")));
        model.addResult(finished(1, QStringLiteral("AF"), Outcome::Error, 418, QStringLiteral("HTTP error 418 - I'm a Teapot")));
        QCOMPARE(model.rowCount(), 0);      // coalesced: nothing until the batch
        QVERIFY(model.isBusy());
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(codesInRows(model), (QStringList{"CN", "ZZ", "BR", "AF"}));
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(idle.count() >= 1);

        const QImage cn = model.index(0).data(ThumbnailModel::ImageRole).value<QImage>();
        QVERIFY(!cn.isNull());
        QVERIFY(cn.width() <= 160 && cn.height() <= 120);   // a thumbnail, not the 320x240 flag
        QVERIFY(!model.index(0).data(ThumbnailModel::DecodingRole).toBool());
        QCOMPARE(model.index(1).data(ThumbnailModel::BadgeRole).toString(), QStringLiteral("404"));
        QVERIFY(model.index(1).data(ThumbnailModel::ImageRole).value<QImage>().isNull());
        QCOMPARE(model.index(3).data(ThumbnailModel::BadgeRole).toString(), QStringLiteral("418"));
        QCOMPARE(model.index(3).data(ThumbnailModel::DetailRole).toString(), QStringLiteral("I'm a Teapot"));
        QCOMPARE(model.index(3).data(ThumbnailModel::OutcomeRole).toInt(), int(Outcome::Error));
    }

    void aBurstIsInsertedInFewBlocks()
    {
        ThumbnailModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QStringList codes = QStringList{"AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ"};
        for (int round = 0; round < 20; ++round) {
            for (int i = 0; i < codes.size(); ++i)
                model.addResult(finished(round * 10 + i, codes.at(i), Outcome::NotFound, 404));
        }
        QTRY_COMPARE(model.rowCount(), 200);
        QCOMPARE(inserted.count(), 1);      // 200 results in one event-loop pass: one block of rows
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 199);
    }

    void batchesAreSpacedOut()
    {
        ThumbnailModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QElapsedTimer clock;
        clock.start();
        // A result every 2 ms for 100 ms: about 100 / kBatchIntervalMs blocks, not 50.
        for (int i = 0; i < 50; ++i) {
            model.addResult(finished(i, QStringLiteral("X%1").arg(QChar(u'A' + i % 26)), Outcome::NotFound, 404));
            QTest::qWait(2);
        }
        QTRY_COMPARE(model.rowCount(), 50);
        const qint64 elapsedMs = clock.elapsed();
        QVERIFY2(inserted.count() <= elapsedMs / ThumbnailModel::kBatchIntervalMs + 2,
                 qPrintable(QStringLiteral("%1 blocks in %2 ms").arg(inserted.count()).arg(elapsedMs)));
        QVERIFY(inserted.count() < 50);
    }

    void failedTilesSayWhy()
    {
        QCOMPARE(ThumbnailModel::badge(finished(0, "AF", Outcome::Error, 0, "timed out: no data for 3.1s",
                                                FailureKind::TimedOut)),
                 QStringLiteral("time-out"));
        QCOMPARE(ThumbnailModel::badge(finished(0, "AF", Outcome::Error, 0, "connection refused", FailureKind::Refused)),
                 QStringLiteral("refused"));
        QCOMPARE(ThumbnailModel::badge(finished(0, "AF", Outcome::Error, 503, "HTTP error 503 - Service Unavailable",
                                                FailureKind::HttpStatus)),
                 QStringLiteral("503"));
        const QString tip = ThumbnailModel::toolTip(finished(0, "AF", Outcome::Error, 418, "HTTP error 418 - I'm a Teapot"));
        QVERIFY2(tip.contains(u"418") && tip.contains(u"first byte after 0.001 s") && tip.contains(u"finished after 0.004 s"),
                 qPrintable(tip));
        QVERIFY2(tip.startsWith(QStringLiteral("AF: ERROR (HTTP 418 I'm a Teapot)")), qPrintable(tip));
        RequestRecord overHttp2 = finished(0, "BR", Outcome::Ok, 200);
        overHttp2.httpVersion = QStringLiteral("2");        // the http_version the answer came over
        QVERIFY2(ThumbnailModel::toolTip(overHttp2).startsWith(QStringLiteral("BR: OK (HTTP/2 200)\n")),
                 qPrintable(ThumbnailModel::toolTip(overHttp2)));
        overHttp2.httpVersion = QStringLiteral("1.1");
        overHttp2.reasonPhrase = QStringLiteral("OK");
        QVERIFY(ThumbnailModel::toolTip(overHttp2).startsWith(QStringLiteral("BR: OK (HTTP/1.1 200 OK)\n")));
    }

    // The badge is the kind's: reworded or translated words change none.
    void aBadgeComesFromTheKindNotTheWords_data()
    {
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<QString>("badge");
        QTest::newRow("time-out") << FailureKind::TimedOut << "time-out";
        QTest::newRow("refused") << FailureKind::Refused << "refused";
        QTest::newRow("reset before the answer") << FailureKind::Reset << "reset";
        QTest::newRow("truncated") << FailureKind::Truncated << "truncated";
        QTest::newRow("no host") << FailureKind::HostNotFound << "no host";
        QTest::newRow("not saved") << FailureKind::NotSaved << "not saved";
        QTest::newRow("bad body") << FailureKind::BadBody << "bad body";
        QTest::newRow("bad answer") << FailureKind::BadAnswer << "bad answer";
        QTest::newRow("redirect") << FailureKind::Redirect << "error";
        QTest::newRow("not HTTP/2") << FailureKind::NotHttp2 << "error";
        QTest::newRow("network") << FailureKind::Network << "error";
    }

    void aBadgeComesFromTheKindNotTheWords()
    {
        QFETCH(FailureKind, kind);
        QFETCH(QString, badge);
        // Words that once chose other badges, and words that choose none.
        const QStringList wordings{QString(), QStringLiteral("timed out: no data for 3.1s"),
                                   QStringLiteral("connection refused"), QStringLiteral("connection reset"),
                                   QStringLiteral("cannot save BR.gif"), QStringLiteral("host not found: x"),
                                   QStringLiteral("превышено время ожидания"), QStringLiteral("conexão recusada")};
        for (const QString &words : wordings)
            QCOMPARE(ThumbnailModel::badge(finished(0, "AF", Outcome::Error, 0, words, kind)), badge);
        // An HTTP status says more than the kind of the failure that followed it.
        QCOMPARE(ThumbnailModel::badge(finished(0, "AF", Outcome::Error, 503, QStringLiteral("timed out"), kind)),
                 QStringLiteral("503"));
    }

    // What a client makes of flaglab-server --faults (docs/faults.md), one
    // badge each, none of them the catch-all "error".
    void faultsGetBadgesOfTheirOwn()
    {
        QSet<QString> badges;
        for (FailureKind kind : {FailureKind::Reset, FailureKind::Truncated, FailureKind::TimedOut,
                                 FailureKind::BadBody, FailureKind::BadAnswer}) {
            const QString badge = ThumbnailModel::badge(finished(0, "AF", Outcome::Error, 200, QString(), kind));
            QVERIFY2(!badge.isEmpty() && badge != u"error", qPrintable(badge));
            badges.insert(badge);
        }
        QCOMPARE(badges.size(), 5);
    }

    void cancelledBeforeStartingHasNoTile()
    {
        ThumbnailModel model;
        RequestRecord never = finished(0, QStringLiteral("BR"), Outcome::Cancelled, 0, QStringLiteral("cancelled before it started"));
        never.startedNs = -1;
        model.addResult(never);
        model.addResult(finished(1, QStringLiteral("CN"), Outcome::Cancelled, 0, QStringLiteral("cancelled")));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("CN"));
        QCOMPARE(model.index(0).data(ThumbnailModel::BadgeRole).toString(), QStringLiteral("stopped"));
    }

    // A class repeats runs over the same flags: the same bytes at the same size
    // are decoded once, and come back as the same picture.
    void theSamePictureIsDecodedOnce()
    {
        ThumbnailDecoder decoder;
        QSignalSpy decoded(&decoder, &ThumbnailDecoder::decoded);
        const QSize small(40, 30);
        decoder.decode(1, flagGif(QStringLiteral("BR")), small, 1.0);
        QTRY_COMPARE(decoded.count(), 1);
        decoder.decode(2, flagGif(QStringLiteral("BR")), small, 1.0);     // equal bytes, another buffer
        QTRY_COMPARE(decoded.count(), 2);
        QCOMPARE(decoder.decodesRun(), 1);
        QCOMPARE(decoded.at(1).at(0).toULongLong(), 2u);
        const QImage first = decoded.at(0).at(1).value<QImage>();
        QVERIFY(!first.isNull());
        QCOMPARE(decoded.at(1).at(1).value<QImage>(), first);
        QVERIFY(first.width() <= small.width() && first.height() <= small.height());

        // Another size or other bytes are another picture.
        decoder.decode(3, flagGif(QStringLiteral("BR")), QSize(80, 60), 1.0);
        decoder.decode(4, flagGif(QStringLiteral("CN")), small, 1.0);
        decoder.decode(5, QByteArrayLiteral("GIF89a, but not really"), small, 1.0);
        QTRY_COMPARE(decoded.count(), 5);
        QCOMPARE(decoder.decodesRun(), 4);
        for (int i = 2; i < 5; ++i) {
            const quint64 ticket = decoded.at(i).at(0).toULongLong();
            const QImage image = decoded.at(i).at(1).value<QImage>();
            QCOMPARE(image.isNull(), ticket == 5);
            if (ticket == 3)
                QVERIFY(image.width() > first.width());
            if (ticket == 4)
                QVERIFY(image != first);
        }
        decoder.decode(6, QByteArrayLiteral("GIF89a, but not really"), small, 1.0);   // not an image, still known
        QTRY_COMPARE(decoded.count(), 6);
        QCOMPARE(decoder.decodesRun(), 4);
        QVERIFY(decoded.at(5).at(1).value<QImage>().isNull());
    }

    void bytesThatAreNoImageStillGiveATile()
    {
        ThumbnailModel model;
        arrive(model, finished(0, QStringLiteral("BR"), Outcome::Ok), QByteArrayLiteral("GIF89a, but not really"));
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(ThumbnailModel::ImageRole).value<QImage>().isNull());
    }

    // Decoded while the file was saved: the tile has its picture as it becomes a row.
    void aPictureDecodedBeforeItsResultComesWithIt()
    {
        ThumbnailModel model;
        model.addDownload(4, flagGif(QStringLiteral("BR")));
        QVERIFY(!model.isBusy());           // no result yet: nothing for the grid to wait for
        model.waitForDecodes();
        QCoreApplication::processEvents();  // the decode reports
        model.addResult(finished(4, QStringLiteral("BR"), Outcome::Ok));
        QVERIFY(model.isBusy());            // a result, not a row yet
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(!model.isBusy());
        QVERIFY(!model.index(0).data(ThumbnailModel::DecodingRole).toBool());
        QVERIFY(!model.index(0).data(ThumbnailModel::ImageRole).value<QImage>().isNull());
    }

    void aResultThatComesFirstWaitsForItsEarlyPicture()
    {
        ThumbnailModel model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addDownload(4, flagGif(QStringLiteral("BR")));
        model.addResult(finished(4, QStringLiteral("BR"), Outcome::Ok));
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0).data(ThumbnailModel::ImageRole).value<QImage>().isNull());
        QVERIFY(changed.count() <= 1);      // decoded once: at most the one change from placeholder to picture
    }

    void aPictureWhoseSaveFailedIsDropped()
    {
        ThumbnailModel model;
        model.addDownload(4, flagGif(QStringLiteral("BR")));
        model.addResult(finished(4, QStringLiteral("BR"), Outcome::Error, 0, QStringLiteral("cannot save BR.gif"),
                                 FailureKind::NotSaved));
        QTRY_COMPARE(model.rowCount(), 1);
        model.waitForDecodes();
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(model.index(0).data(ThumbnailModel::ImageRole).value<QImage>().isNull());
        QCOMPARE(model.index(0).data(ThumbnailModel::BadgeRole).toString(), QStringLiteral("not saved"));
    }

    void clearDropsLateDecodes()
    {
        ThumbnailModel model;
        for (int i = 0; i < 20; ++i)
            arrive(model, finished(i, QStringLiteral("BR"), Outcome::Ok), flagGif(QStringLiteral("BR")));
        model.addDownload(30, flagGif(QStringLiteral("CN")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isBusy());
        model.waitForDecodes();
        QCoreApplication::processEvents();  // the decodes report, and find nothing to update
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isBusy());
        arrive(model, finished(0, QStringLiteral("CN"), Outcome::Ok), flagGif(QStringLiteral("CN")));
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_VERIFY(!model.isBusy());
    }

    void latencyCountsFinishedTilesPainted()
    {
        ShownGrid grid(QSize(600, 400));
        ThumbnailModel &model = grid.model;
        ThumbnailView &view = grid.view;
        view.setExpectedCount(3);
        QVERIFY(grid.exposed());
        const qint64 arrived = -1;  // now
        arrive(model, finished(0, QStringLiteral("BR"), Outcome::Ok), flagGif(QStringLiteral("BR")), arrived);
        model.addResult(finished(1, QStringLiteral("ZZ"), Outcome::NotFound, 404), arrived);
        model.addResult(finished(2, QStringLiteral("AF"), Outcome::Error, 418), arrived);
        QTRY_COMPARE(view.latency().painted, 3);
        const ThumbnailLatency latency = view.latency();
        QCOMPARE(latency.tiles, 3);
        QVERIFY(latency.maxMs > 0);
        QVERIFY(latency.p95Ms <= latency.maxMs);
        QVERIFY2(latency.maxMs < 2000, qPrintable(QString::number(latency.maxMs)));
        // The tiles are as big as the view allows for three.
        QVERIFY(view.tileSize().width() >= 150);
    }

    void tilesFitTheExpectedCount()
    {
        ShownGrid grid(QSize(1000, 640));
        ThumbnailView &view = grid.view;
        QVERIFY(grid.exposed());
        view.setExpectedCount(20);
        const int pop20 = view.tileSize().width();
        view.setExpectedCount(194);
        const QSize all = view.tileSize();
        QVERIFY(pop20 > all.width());
        QVERIFY(all.width() > ThumbnailView::kMinTileWidth);
        const int columns = view.viewport()->width() / all.width();
        QVERIFY((194 + columns - 1) / columns * all.height() <= view.viewport()->height());
        view.setExpectedCount(676);
        QCOMPARE(view.tileSize().width(), ThumbnailView::kMinTileWidth);   // then the view scrolls
    }

    void atlasKeepsEachTileAndGrows()
    {
        TileAtlas atlas;
        atlas.setTileSize(QSize(10, 8), 1);
        atlas.reserve(2);
        const auto fill = [](const QColor &color) {
            return [color](QPainter *painter, const QRect &tile) { painter->fillRect(tile.adjusted(1, 1, -1, -1), color); };
        };
        atlas.render(0, Qt::white, fill(Qt::red));
        atlas.render(40, Qt::white, fill(Qt::blue));    // past the reservation: the atlas grows
        QVERIFY(atlas.contains(0) && atlas.contains(40) && !atlas.contains(1));
        QImage canvas(30, 8, QImage::Format_RGB32);
        canvas.fill(Qt::black);
        QPainter painter(&canvas);
        atlas.paint(&painter, QPoint(0, 0), 0);
        atlas.paint(&painter, QPoint(10, 0), 40);
        painter.end();
        QCOMPARE(canvas.pixelColor(5, 4), QColor(Qt::red));     // drawn before growing, kept
        QCOMPARE(canvas.pixelColor(0, 0), QColor(Qt::white));   // the background around it
        QCOMPARE(canvas.pixelColor(15, 4), QColor(Qt::blue));
        QCOMPARE(canvas.pixelColor(25, 4), QColor(Qt::black));  // nothing painted there
        atlas.forget(0);
        QVERIFY(!atlas.contains(0) && atlas.contains(40));
        atlas.setTileSize(QSize(10, 8), 1);     // the same size: the tiles go, the memory stays
        QVERIFY(!atlas.contains(40));
        atlas.render(3, Qt::white, fill(Qt::green));
        atlas.setTileSize(QSize(12, 9), 1);
        QVERIFY(!atlas.contains(3));
    }

    void resultsFillSlotsRatherThanInsertRows()
    {
        ThumbnailModel model;
        TileSlots slots(&model);
        QAbstractItemModelTester tester(&slots, QAbstractItemModelTester::FailureReportingMode::QtTest);
        slots.setSlotCount(3);
        QCOMPARE(slots.rowCount(), 3);
        QVERIFY(!slots.index(0).data(ThumbnailModel::ArrivedRole).isValid());     // empty
        QSignalSpy inserted(&slots, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&slots, &QAbstractItemModel::dataChanged);
        QSignalSpy filled(&slots, &TileSlots::filled);
        model.addResult(finished(0, QStringLiteral("ZZ"), Outcome::NotFound, 404));
        model.addResult(finished(1, QStringLiteral("ZY"), Outcome::NotFound, 404));
        QTRY_COMPARE(slots.filledCount(), 2);
        QCOMPARE(slots.rowCount(), 3);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);                                       // one batch, one range
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
        QCOMPARE(filled.count(), 1);
        QCOMPARE(slots.index(1).data().toString(), QStringLiteral("ZY"));
        QVERIFY(!slots.index(2).data().isValid());

        // Two more than the slots left: the first fills the last slot, the second is a new row.
        model.addResult(finished(2, QStringLiteral("ZX"), Outcome::NotFound, 404));
        model.addResult(finished(3, QStringLiteral("ZW"), Outcome::NotFound, 404));
        QTRY_COMPARE(slots.filledCount(), 4);
        QCOMPARE(slots.rowCount(), 4);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(slots.index(3).data().toString(), QStringLiteral("ZW"));

        model.clear();                          // a new run: the slots stay, empty
        QCOMPARE(slots.filledCount(), 0);
        QCOMPARE(slots.rowCount(), 3);
        QVERIFY(!slots.index(0).data().isValid());
    }

    void theNewestTileStaysInSightUntilTheUserScrollsAway()
    {
        ShownGrid grid(QSize(400, 200));
        QVERIFY(grid.exposed());
        grid.view.setExpectedCount(300);        // far more than fit: the view scrolls
        QScrollBar *bar = grid.view.verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);       // laid out once, before the results
        QCOMPARE(bar->value(), 0);
        QVERIFY(grid.addNotFound(0, 150));
        QTRY_VERIFY(grid.inView(149));
        QVERIFY(bar->value() > 0);
        bar->setValue(0);                       // the user looks at the first tiles
        QVERIFY(grid.addNotFound(150, 200));
        QCOMPARE(bar->value(), 0);
        QVERIFY(!grid.inView(199));
        bar->setValue(bar->maximum());          // and scrolls back down, past the newest
        QVERIFY(grid.addNotFound(200, 260));
        QTRY_VERIFY(grid.inView(259));
    }

    void theGridMovesAPageAtATime()
    {
        ShownGrid grid(QSize(400, 200));
        QVERIFY(grid.exposed());
        grid.view.setExpectedCount(300);
        QScrollBar *bar = grid.view.verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        const QSize tile = grid.view.tileSize();
        const int columns = grid.view.viewport()->width() / tile.width();
        const int rowsInView = grid.view.viewport()->height() / tile.height();
        QVERIFY(columns > 0 && rowsInView > 0);
        // A row of tiles a batch, for three pages: the view follows, but moves
        // only when a page is full, never with every batch.
        QSet<int> positions{bar->value()};
        for (int row = 0; row < 3 * rowsInView; ++row) {
            QVERIFY(grid.addNotFound(row * columns, (row + 1) * columns));
            QTRY_VERIFY2(grid.inView((row + 1) * columns - 1), qPrintable(QString::number(row)));
            positions.insert(bar->value());
        }
        QVERIFY2(positions.size() <= 4, qPrintable(QString::number(positions.size())));
    }

    // Pictures of tiles a page turn took out of view wait for the rest; the others keep their order.
    void deferredPicturesWaitForTheRest()
    {
        DecodeQueue<QString> queue;
        for (quint64 ticket = 1; ticket <= 5; ++ticket)
            queue.push(ticket, QString::number(ticket));
        queue.defer({2, 3, 9});                 // 9 is not waiting
        QList<quint64> order;
        while (const std::optional<std::pair<quint64, QString>> job = queue.take()) {
            QCOMPARE(job->second, QString::number(job->first));
            order << job->first;
        }
        QCOMPARE(order, (QList<quint64>{1, 4, 5, 2, 3}));
        queue.push(6, QStringLiteral("6"));
        queue.defer({6});
        QCOMPARE(queue.take()->first, quint64(6));     // alone, a deferred picture is next
        QVERIFY(!queue.take());
    }

    // The grid tells the model which tiles a page turn left above the view.
    void aPageTurnDefersThePicturesAboveIt()
    {
        ShownGrid grid(QSize(400, 200));
        QVERIFY(grid.exposed());
        grid.view.setExpectedCount(300);
        QTRY_VERIFY(grid.view.verticalScrollBar()->maximum() > 0);
        QVERIFY(grid.addNotFound(0, 20));
        QTRY_VERIFY(grid.inView(19));
        QCOMPARE(grid.model.picturesDeferredBefore(), 0);       // no page turned yet
        QVERIFY(grid.addNotFound(20, 150));
        QTRY_VERIFY(grid.inView(149));
        int firstShown = 0;
        while (!grid.shows(firstShown))
            ++firstShown;
        QVERIFY(firstShown > 0);
        QCOMPARE(grid.model.picturesDeferredBefore(), firstShown);

        // A batch longer than a page ends with the newest tile at the bottom:
        // tiles cut by the top edge show, and their pictures keep their turn.
        QVERIFY(grid.addNotFound(150, 290));
        QTRY_VERIFY(grid.inView(289));
        firstShown = 0;
        while (!grid.shows(firstShown))
            ++firstShown;
        QCOMPARE(grid.model.picturesDeferredBefore(), firstShown);
    }
};

QTEST_MAIN(TestThumbnailModel)
#include "tst_thumbnailmodel.moc"
