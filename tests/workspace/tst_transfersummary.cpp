// What the transfers panel, the status bar, recdeskctl's progress line and the end-of-batch
// message count (TransferSummary), and how durations, sizes, times left and ids are written
// (DisplayFormat).
#include "i18n/translations.h"
#include "transfer/transfersummary.h"
#include "util/displayformat.h"

#include <QLocale>
#include <QTest>

using namespace recdesk;

namespace {
TransferItem item(TransferItem::State state, qint64 done, qint64 total, double speed = 0)
{
    TransferItem i;
    i.state = state;
    i.bytesDone = done;
    i.bytesTotal = total;
    i.bytesPerSecond = speed;
    return i;
}
} // namespace

class TestTransferSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        // English plurals come from recdesk_en (see translations/README.md).
        i18n::installTranslations(QStringLiteral("en"));
    }

    void countsEachState()
    {
        const TransferSummary s = TransferSummary::of({
            item(TransferItem::State::Running, 250, 1000, 100),
            item(TransferItem::State::Running, 0, -1, 50), // size unknown: counted, not in bytes
            item(TransferItem::State::Queued, 0, 1000),
            item(TransferItem::State::Completed, 4000, 4000),
            item(TransferItem::State::Failed, 10, 500),
            item(TransferItem::State::Cancelled, 0, 100),
        });
        QCOMPARE(s.total, 6);
        QCOMPARE(s.running, 2);
        QCOMPARE(s.queued, 1);
        QCOMPARE(s.completed, 1);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.cancelled, 1);
        QCOMPARE(s.finished(), 3);
        QVERIFY(!s.isIdle());
        QCOMPARE(s.bytesDone, 250 + 4000 + 10);
        QCOMPARE(s.bytesTotal, 1000 + 1000 + 4000 + 500 + 100);
        QCOMPARE(s.activeBytesDone, 250);
        QCOMPARE(s.activeBytesTotal, 2000);
        QCOMPARE(s.bytesPerSecond, 150.0);
        // What is left of the unfinished ones at the running ones' speed.
        QCOMPARE(s.secondsLeft, qint64((2000 - 250) / 150.0));
        QCOMPARE(s.statusText(), QStringLiteral("2 running, 1 waiting · 12% · 150 bytes/s · 1 failed"));
    }

    void idleAndEmpty()
    {
        QVERIFY(TransferSummary::of({}).statusText().isEmpty());
        QVERIFY(TransferSummary::of({}).isIdle());
        const TransferSummary done = TransferSummary::of(
            {item(TransferItem::State::Completed, 10, 10), item(TransferItem::State::Completed, 5, 5)});
        QVERIFY(done.isIdle());
        QCOMPARE(done.secondsLeft, -1);
#ifdef RECDESK_HAVE_CATALOGUES
        QCOMPARE(done.statusText(), QStringLiteral("2 transfers done"));
#endif
        QCOMPARE(done.finishedText(), QStringLiteral("All transfers finished (2 done)."));
        const TransferSummary bad = TransferSummary::of(
            {item(TransferItem::State::Completed, 10, 10), item(TransferItem::State::Failed, 0, 5)});
        QCOMPARE(bad.finishedText(),
                 QStringLiteral("Transfers finished: 1 done, 1 failed. See the transfers panel."));
        // Nothing moving: no time left to promise.
        QCOMPARE(TransferSummary::of({item(TransferItem::State::Queued, 0, 100)}).secondsLeft, -1);
    }

    void progressLine()
    {
        const TransferSummary s = TransferSummary::of({item(TransferItem::State::Completed, 2048, 2048),
                                                       item(TransferItem::State::Running, 1024, 3072, 1024)});
        QCOMPARE(s.progressText(), QStringLiteral("1/2 done  3.0 KiB of 5.0 KiB  1.0 KiB/s  2 s left"));
    }

    // Before sizes and speed are known the line says only what is known: no "0 bytes of 0 bytes",
    // no "0 bytes/s", no "left" without a time.
    void progressLineLeavesOutWhatIsNotKnown()
    {
        QCOMPARE(TransferSummary::of({item(TransferItem::State::Queued, 0, -1)}).progressText(),
                 QStringLiteral("0/1 done"));
        QCOMPARE(TransferSummary::of(
                     {item(TransferItem::State::Running, 0, -1, 0), item(TransferItem::State::Queued, 0, -1)})
                     .progressText(),
                 QStringLiteral("0/2 done"));
        // The size known, nothing moving yet.
        QCOMPARE(TransferSummary::of({item(TransferItem::State::Running, 0, 2048, 0)}).progressText(),
                 QStringLiteral("0/1 done  0 bytes of 2.0 KiB"));
        // Moving, size unknown: the speed, but no time left.
        QCOMPARE(TransferSummary::of({item(TransferItem::State::Running, 512, -1, 1024)}).progressText(),
                 QStringLiteral("0/1 done  1.0 KiB/s"));
    }

    void displayFormat()
    {
        QCOMPARE(DisplayFormat::duration(0), QStringLiteral("0:00"));
        QCOMPARE(DisplayFormat::duration(65'000), QStringLiteral("1:05"));
        QCOMPARE(DisplayFormat::duration(3'725'400), QStringLiteral("1:02:05"));
        QVERIFY(DisplayFormat::duration(-1).isEmpty());
        QCOMPARE(DisplayFormat::timeLeft(1), QStringLiteral("1 s"));
        QCOMPARE(DisplayFormat::timeLeft(200), QStringLiteral("3 min 20 s"));
        QCOMPARE(DisplayFormat::timeLeft(7500), QStringLiteral("2 h 5 min"));
        QVERIFY(DisplayFormat::timeLeft(-1).isEmpty());
        QCOMPARE(DisplayFormat::size(1536), QStringLiteral("1.5 KiB"));
        QVERIFY(DisplayFormat::size(-1).isEmpty());
        const QUuid id = QUuid::fromString(QStringLiteral("{0b0c5f8e-1b2a-4c3d-9e8f-123456789abc}"));
        QCOMPARE(DisplayFormat::id(id), QStringLiteral("0b0c5f8e-1b2a-4c3d-9e8f-123456789abc"));
        QVERIFY(DisplayFormat::id(QUuid()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransferSummary)
#include "tst_transfersummary.moc"
