// A platform whose next_page_token never ends a listing (it repeats, or moves forward in time):
// the table model stops with an error instead of requesting pages for ever. Against the
// sandbox's pageTokens fault, over loopback.

#include "models/recordingtablemodel.h"
#include "net/platformpagesource.h"
#include "net/session.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

class TestListingLoops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start(false, 250, 0)); }

    void modelStopsWithAnError_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("repeat") << QStringLiteral("repeat");
        QTest::newRow("forward") << QStringLiteral("forward");
    }
    void modelStopsWithAnError()
    {
        QFETCH(QString, mode);
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("pageTokens"), mode}});
        Session session(m_sandbox.sessionConfig());
        PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
        RecordingTableModel model(&source);
        model.setPageSize(50);
        QAbstractItemModelTester tester(&model);
        int pages = 0;
        connect(&model, &PagedTableModel::pageLoaded, this, [&pages] { ++pages; });
        QSignalSpy failed(&model, &PagedTableModel::errorOccurred);
        model.fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(model.lastError().contains(QStringLiteral("never end")), qPrintable(model.lastError()));
        // Page 1 is fine and page 2 brings the looping cursor: its rows are kept, nothing more.
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(pages, 1);
        QTest::qWait(300);
        QVERIFY(!model.isLoading());
        QCOMPARE(failed.size(), 1);
    }

    void modelListsEverythingWithoutTheFault()
    {
        m_sandbox.resetFaults();
        Session session(m_sandbox.sessionConfig());
        PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
        RecordingTableModel model(&source);
        model.setPageSize(50);
        model.fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 20000);
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(model.rowCount() > 200);
    }

private:
    SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestListingLoops)
#include "tst_listingloops.moc"
