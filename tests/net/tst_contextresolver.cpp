// RecordingContextResolver against the sandbox over loopback: every call, conference and agent
// behind the demo recordings is found, in few requests (agents through the list), never more
// than four at a time, not again while fresh; the deleted agent stays an id; an agent account's
// 403s end in one notice and no more requests.
#include "models/recordingtablemodel.h"
#include "net/platformpagesource.h"
#include "net/recordingcontextresolver.h"
#include "net/session.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkReply>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

class TestContextResolver : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox{300, 0};
    QList<Recording> m_recordings;

    // The sandbox's own answer for a path, read as the admin account (not through the resolver).
    int rawStatus(const QString &path)
    {
        Session session(m_sandbox.sessionConfig(true));
        QNetworkRequest request(m_sandbox.url(QStringLiteral("/v1.0") + path + QStringLiteral("?accesskey=") +
                                              m_sandbox.credentials().accessKey));
        QNetworkReply *reply = session.networkAccessManager()->get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    static bool waitIdle(RecordingContextResolver &resolver)
    {
        return QTest::qWaitFor([&resolver] { return resolver.isIdle(); }, 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        Session session(m_sandbox.sessionConfig());
        PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
        RecordingTableModel model(&source);
        model.fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 30000);
        m_recordings = model.items();
        QVERIFY(m_recordings.size() > 250); // 300 seeded, a few deleted (not listed)
    }

    void findsWhoAndWhatInFewRequests()
    {
        Session session(m_sandbox.sessionConfig());
        RecordingContextResolver &resolver = *session.recordingContext();
        QSignalSpy notices(&resolver, &RecordingContextSource::notice);
        QSignalSpy idle(&resolver, &RecordingContextSource::idle);
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 20}}); // requests overlap
        resolver.want(m_recordings);
        QVERIFY(!resolver.isIdle());
        QVERIFY(idle.wait(60000));
        m_sandbox.resetFaults();

        QSet<QUuid> references, calls, conferences, owners, unknownOwners;
        for (const Recording &r : std::as_const(m_recordings)) {
            if (r.referenceType == RecordingReferenceType::Call) {
                references.insert(r.referenceId);
                calls.insert(r.referenceId);
                const Call *call = resolver.call(r.referenceId);
                QVERIFY2(call, qPrintable(r.referenceId.toString()));
                QCOMPARE(call->id, r.referenceId);
                if (r.status == RecordingStatus::Ended)
                    QVERIFY(call->direction == CallDirection::Incoming ||
                            call->direction == CallDirection::Outgoing);
            } else if (r.referenceType == RecordingReferenceType::Confbridge) {
                references.insert(r.referenceId);
                conferences.insert(r.referenceId);
                const Conference *conference = resolver.conference(r.referenceId);
                QVERIFY(conference);
                QCOMPARE(conference->id, r.referenceId);
            }
            if (r.ownerType == OwnerType::Agent) {
                owners.insert(r.ownerId);
                if (!resolver.agent(r.ownerId))
                    unknownOwners.insert(r.ownerId);
            }
        }
        QVERIFY(references.size() > 200);
        // Only the deleted agent stays unknown, and the platform indeed says it is gone.
        QCOMPARE(unknownOwners.size(), 1);
        QCOMPARE(rawStatus(QStringLiteral("/agents/") + uuidToWire(*unknownOwners.cbegin())), 404);
        // One request per conference, one for the agent list (12 agents: one page), one for the
        // owner it did not have, and for the calls windows of GET /calls (100 calls each) with a
        // few single look-ups of calls a window missed: far fewer than one request per call.
        const int forCalls = resolver.requestsSent() - int(conferences.size()) - 2;
        qInfo("%lld calls found with %d requests", qint64(calls.size()), forCalls);
        QVERIFY(forCalls >= int(calls.size()) / 100);
        QVERIFY2(forCalls <= int(calls.size()) / 4, qPrintable(QString::number(forCalls)));
        QCOMPARE(resolver.peakInFlight(), RecordingContextResolver::kMaxInFlight);
        QCOMPARE(notices.size(), 0);

        // Fresh: asked again, nothing is sent.
        const int sent = resolver.requestsSent();
        resolver.want(m_recordings);
        QVERIFY(resolver.isIdle());
        QCOMPARE(resolver.requestsSent(), sent);

        // Stale (lifetimes of nothing): asked again, all of it is fetched again, agents one by one
        // now that the list has been read.
        Session again(m_sandbox.sessionConfig());
        RecordingContextResolver &stale = *again.recordingContext();
        RecordingContextResolver::Lifetimes none;
        none.finishedMs = none.liveMs = none.agentMs = none.missingMs = none.failedMs = 0;
        stale.setLifetimes(none);
        stale.want(m_recordings);
        QVERIFY(waitIdle(stale));
        const int first = stale.requestsSent();
        QVERIFY(first >= sent);
        stale.want(m_recordings);
        QVERIFY(waitIdle(stale));
        // Everything again: the conferences, every owner one by one, and the calls' windows.
        QVERIFY(stale.requestsSent() >= first + int(conferences.size()) + int(owners.size()) + 1);
        for (const Recording &r : std::as_const(m_recordings)) {
            if (r.referenceType == RecordingReferenceType::Call)
                QVERIFY(stale.call(r.referenceId));
        }
    }

    void aCallItsWindowMissedIsAskedForAlone()
    {
        // The oldest call recording, said to be created a day after the newest: its window holds
        // the newest calls, not this one, which then comes by itself.
        Recording oldest;
        for (const Recording &r : std::as_const(m_recordings)) {
            if (r.referenceType == RecordingReferenceType::Call)
                oldest = r;
        }
        QVERIFY(!oldest.id.isNull());
        oldest.created =
            Timestamp::fromMicroseconds(m_recordings.first().created.microseconds() + 86'400'000'000);
        oldest.ownerType = OwnerType::None;
        Session session(m_sandbox.sessionConfig());
        RecordingContextResolver &resolver = *session.recordingContext();
        resolver.want({oldest});
        QVERIFY(waitIdle(resolver));
        QVERIFY(resolver.call(oldest.referenceId));
        QCOMPARE(resolver.requestsSent(), 2); // the window, then GET /calls/{id}
    }

    void aNewBatchGetsItsOwnWindow()
    {
        // The same rows wanted again once stale: windows again, not one request per call.
        QList<Recording> page;
        for (Recording r : std::as_const(m_recordings)) {
            if (r.referenceType == RecordingReferenceType::Call && page.size() < 50) {
                r.ownerType = OwnerType::None;
                page.append(r);
            }
        }
        Session session(m_sandbox.sessionConfig());
        RecordingContextResolver &resolver = *session.recordingContext();
        RecordingContextResolver::Lifetimes none;
        none.finishedMs = none.liveMs = none.agentMs = none.missingMs = none.failedMs = 0;
        resolver.setLifetimes(none);
        resolver.want(page);
        QVERIFY(waitIdle(resolver));
        const int first = resolver.requestsSent();
        QVERIFY(first < 5);
        resolver.want(page);
        QVERIFY(waitIdle(resolver));
        QCOMPARE(resolver.requestsSent(), 2 * first);
    }

    void agentAccountGetsOneNoticeAndIds()
    {
        SessionConfig config = m_sandbox.sessionConfig();
        config.platformCredentials.username = m_sandbox.credentials().agentUsername;
        config.platformCredentials.password = m_sandbox.credentials().agentPassword;
        Session session(config);
        RecordingContextResolver &resolver = *session.recordingContext();
        QSignalSpy notices(&resolver, &RecordingContextSource::notice);
        resolver.want(m_recordings);
        QVERIFY(waitIdle(resolver));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.at(0).at(0).toString().contains(QStringLiteral("may not look up")));
        for (const Recording &r : std::as_const(m_recordings)) {
            QVERIFY(!resolver.call(r.referenceId));
            QVERIFY(!resolver.conference(r.referenceId));
        }
        // The agent list (403), the first call window (403), the conferences already in flight
        // then, and each owner by itself: an agent may read only its own agent, which is named.
        QSet<QUuid> owners;
        for (const Recording &r : std::as_const(m_recordings)) {
            if (r.ownerType == OwnerType::Agent)
                owners.insert(r.ownerId);
        }
        QVERIFY2(resolver.requestsSent() <= 2 + RecordingContextResolver::kMaxInFlight + int(owners.size()),
                 qPrintable(QString::number(resolver.requestsSent())));
        const QUuid own(QStringLiteral("a7c3e9d1-2b4f-4e6a-8c0d-9f1e2d3c4b5a")); // docs/SANDBOX.md
        QVERIFY(owners.contains(own));
        for (const QUuid &owner : std::as_const(owners)) {
            if (owner == own)
                QVERIFY(resolver.agent(owner));
            else
                QVERIFY(!resolver.agent(owner));
        }
        // Asking again sends nothing and says nothing more.
        const int sent = resolver.requestsSent();
        resolver.want(m_recordings);
        QVERIFY(resolver.isIdle());
        QCOMPARE(resolver.requestsSent(), sent);
        QCOMPARE(notices.size(), 1);
    }

    void modelShowsNamesOnceLookedUp()
    {
        Session session(m_sandbox.sessionConfig());
        PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
        RecordingTableModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContextSource(session.recordingContext());
        model.fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 30000);
        QVERIFY(waitIdle(*session.recordingContext()));
        int named = 0, withCustomer = 0, withOutcome = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Recording &r = model.recordingAt(row);
            if (model.agentOf(r))
                named += model.index(row, RecordingTableModel::AgentColumn).data().toString() ==
                         model.agentOf(r)->displayName();
            withCustomer +=
                !model.index(row, RecordingTableModel::CustomerColumn).data().toString().isEmpty();
            withOutcome += !model.index(row, RecordingTableModel::OutcomeColumn).data().toString().isEmpty();
        }
        QVERIFY(named > 100);
        QVERIFY(withCustomer > 150);
        QVERIFY(withOutcome > 100);
    }
};

QTEST_GUILESS_MAIN(TestContextResolver)
#include "tst_contextresolver.moc"
