// Decoding the platform's calls, conferences and agents (API.md "Calls, conferences and agents"):
// both timestamp forms, keys left out (live omitempty), unknown enum values as Other, the parties
// by direction, and the rule that splits an agent's one name into first and last.
#include "domain/agent.h"
#include "domain/call.h"
#include "domain/conference.h"
#include "domain/page.h"

#include <QJsonDocument>
#include <QtTest>

using namespace recdesk;

class TstCallDecoders : public QObject
{
    Q_OBJECT

private:
    static QJsonObject object(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

private slots:
    void documentedCall()
    {
        DecodeProblems problems;
        const Call c = Call::fromJson(object(R"({
            "id": "3f1c2a56-0000-4000-8000-000000000001",
            "source": {"type": "tel", "target": "+34600111222", "target_name": "", "name": "Laura Gómez", "detail": ""},
            "destination": {"type": "agent", "target": "9a000000-0000-4000-8000-000000000002", "name": "Ana"},
            "direction": "incoming", "status": "hangup", "hangup_by": "remote", "hangup_reason": "normal",
            "owner_type": "agent", "owner_id": "9a000000-0000-4000-8000-000000000002",
            "tm_create": "2026-11-20 09:30:00.000000", "tm_hangup": "2026-11-20 09:34:12.500000"})"),
                                      &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
        QCOMPARE(c.direction, CallDirection::Incoming);
        QCOMPARE(c.hangupBy, HangupBy::Remote);
        QCOMPARE(c.hangupReason, HangupReason::Normal);
        QCOMPARE(c.source.type, AddressType::Tel);
        // Incoming: the customer is the source.
        QCOMPARE(c.customer().target, QStringLiteral("+34600111222"));
        QCOMPARE(c.customer().displayName(), QStringLiteral("Laura Gómez"));
        QVERIFY(c.hangup.hasHappened());
        QCOMPARE(c.ownerType, OwnerType::Agent);
    }

    void outgoingCustomerIsTheDestination()
    {
        DecodeProblems problems;
        const Call c = Call::fromJson(object(R"({"id": "3f1c2a56-0000-4000-8000-000000000002",
            "source": {"type": "agent", "target": "9a000000-0000-4000-8000-000000000002"},
            "destination": {"type": "sip", "target": "sip:billing@example.com", "target_name": "Billing desk"},
            "direction": "outgoing"})"),
                                      &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.customer().type, AddressType::Sip);
        QCOMPARE(c.customer().target, QStringLiteral("sip:billing@example.com"));
        // No name with the address: the target's own name.
        QCOMPARE(c.customer().displayName(), QStringLiteral("Billing desk"));
    }

    void numbersAreNotIds()
    {
        // An extension's (or agent's) target is a UUID: no number to show or dial.
        DecodeProblems problems;
        const Address ext = Address::fromJson(
            object(
                R"({"type": "extension", "target": "2a23f7c7-d14e-4f54-8a9e-3b2c1d0e9f8a", "name": "ext. 3101"})"),
            QStringLiteral("address"), &problems);
        QVERIFY(ext.number().isEmpty());
        QCOMPARE(ext.displayName(), QStringLiteral("ext. 3101"));
        QVERIFY(!ext.isPhoneNumber());
        const Address sip = Address::fromJson(object(R"({"type": "sip", "target": "sip:a@b.example"})"),
                                              QStringLiteral("address"), &problems);
        QCOMPARE(sip.number(), QStringLiteral("sip:a@b.example"));
        QVERIFY(!sip.isPhoneNumber());
        const Address tel = Address::fromJson(object(R"({"type": "tel", "target": "+34600111222"})"),
                                              QStringLiteral("address"), &problems);
        QVERIFY(tel.isPhoneNumber());
        QVERIFY(problems.isEmpty());
    }

    void liveCallWithKeysLeftOut()
    {
        // RFC 3339 times, no hangup_reason, hangup_by or tm_hangup (omitempty), null source.
        DecodeProblems problems;
        const Call c = Call::fromJson(object(R"({"id": "3f1c2a56-0000-4000-8000-000000000003",
            "source": null, "direction": "incoming", "status": "progressing",
            "tm_create": "2026-11-20T09:30:00.123Z", "tm_hangup": null})"),
                                      &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
        QCOMPARE(c.hangupReason, HangupReason::None);
        QCOMPARE(c.hangupBy, HangupBy::None);
        QVERIFY(!c.hangup.hasHappened());
        QVERIFY(c.created.hasHappened());
        QVERIFY(c.customer().isEmpty());
    }

    void unknownValuesAreOtherNotFailures()
    {
        DecodeProblems problems;
        const Call c = Call::fromJson(object(R"({"id": "3f1c2a56-0000-4000-8000-000000000004",
            "source": {"type": "pigeon", "target": "x"}, "direction": "sideways",
            "hangup_by": "nobody", "hangup_reason": "solar_flare"})"),
                                      &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.direction, CallDirection::Other);
        QCOMPARE(c.hangupBy, HangupBy::Other);
        QCOMPARE(c.hangupReason, HangupReason::Other);
        QCOMPARE(c.source.type, AddressType::Other);
        QCOMPARE(displayName(c.direction), QStringLiteral("Other"));
        QCOMPARE(displayName(c.hangupReason), QStringLiteral("Other"));
        // A customer is known only for a known direction.
        QVERIFY(c.customer().isEmpty());
    }

    void wrongTypesAreReportedNotCrashes()
    {
        DecodeProblems problems;
        const Call c = Call::fromJson(object(R"({"id": "3f1c2a56-0000-4000-8000-000000000005",
            "source": "+34600111222", "direction": 7, "hangup_reason": ["busy"]})"),
                                      &problems);
        QCOMPARE(c.id, QUuid(QStringLiteral("3f1c2a56-0000-4000-8000-000000000005")));
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.summary().contains(QStringLiteral("call source")));
    }

    void conference()
    {
        DecodeProblems problems;
        const Conference c = Conference::fromJson(object(R"({"id": "c0000000-0000-4000-8000-000000000001",
            "type": "conference", "status": "terminated", "name": "Escalation – billing", "detail": "",
            "tm_end": "9999-01-01 00:00:00.000000", "tm_create": "2026-11-20 09:30:00.000000"})"),
                                                  &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.name, QStringLiteral("Escalation – billing"));
        QVERIFY(!c.ended.hasHappened()); // the sentinel is "not happened"
    }

    void agentsPage()
    {
        DecodeProblems problems;
        const Page<Agent> page = decodePage<Agent>(R"({"result": [
            {"id": "9a000000-0000-4000-8000-000000000001", "username": "ana.lopez", "name": "Ana María López"},
            {"id": "9a000000-0000-4000-8000-000000000002", "username": "jperez", "name": ""},
            {"username": "no-id"}], "next_page_token": "2026-11-20 09:30:00.000000"})",
                                                   QStringLiteral("agents page"), &problems);
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.skipped, 1);
        QCOMPARE(page.items.at(0).displayName(), QStringLiteral("Ana María López"));
        // An empty name shows the username.
        QCOMPARE(page.items.at(1).displayName(), QStringLiteral("jperez"));
    }

    void agentNameSplit_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("two words") << "Ana López"
                                   << "Ana"
                                   << "López";
        QTest::newRow("several: the first word, then the rest") << "Ana María López García"
                                                                << "Ana"
                                                                << "María López García";
        QTest::newRow("one word: a first name alone") << "Madonna"
                                                      << "Madonna"
                                                      << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
        QTest::newRow("spaces only") << "   "
                                     << ""
                                     << "";
        QTest::newRow("extra spaces") << "  Jon   Snow  "
                                      << "Jon"
                                      << "Snow";
    }

    void agentNameSplit()
    {
        QFETCH(QString, name);
        QFETCH(QString, first);
        QFETCH(QString, last);
        Agent a;
        a.name = name;
        QCOMPARE(a.firstName(), first);
        QCOMPARE(a.lastName(), last);
    }
};

QTEST_GUILESS_MAIN(TstCallDecoders)
#include "tst_calldecoders.moc"
