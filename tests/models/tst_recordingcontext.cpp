// The recordings model and proxy with who and what: the columns fill in when look-ups arrive,
// sort and filter by agent, customer number and direction, only loaded rows are handed over
// (once each), and RecordingFacts gives recdeskctl's JSON and the analytics pre-fill.
#include "domain/metadatavalidator.h"
#include "fakepagesource.h"
#include "fixedcontextsource.h"
#include "models/recordingfacts.h"
#include "models/recordingfilterproxy.h"
#include "models/recordingtablemodel.h"
#include "testdata.h"
#include "util/displayformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace recdesk;

class TestRecordingContext : public QObject
{
    Q_OBJECT

private:
    FakePageSource<Recording> *m_source = nullptr;
    FixedContextSource *m_context = nullptr;
    RecordingTableModel *m_model = nullptr;
    RecordingFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    static const QStringList &agentNames()
    {
        static const QStringList names{QStringLiteral("Ana López"), QStringLiteral("Bruno Díaz"),
                                       QStringLiteral("Carla Ruiz"), QStringLiteral(""),
                                       QStringLiteral("Eva Martín")};
        return names;
    }

    // A call for every call recording and a conference for the others; agents 0..4 (testdata's
    // owners), agent 3 without a name. Every fifth call is outgoing, every seventh has a reason
    // the client does not know.
    void fillContext()
    {
        for (quint32 a = 0; a < 5; ++a) {
            Agent agent;
            agent.id = testdata::idFor(0x0A000000u, a);
            agent.username = QStringLiteral("agent%1").arg(a);
            agent.name = agentNames().at(int(a));
            m_context->agents.insert(agent.id, agent);
        }
        int i = 0;
        for (const Recording &r : std::as_const(m_source->items)) {
            ++i;
            if (r.referenceType == RecordingReferenceType::Confbridge) {
                Conference c;
                c.id = r.referenceId;
                c.name = QStringLiteral("Conference %1").arg(i);
                m_context->conferences.insert(c.id, c);
                continue;
            }
            Call c;
            c.id = r.referenceId;
            c.direction = i % 5 == 0 ? CallDirection::Outgoing : CallDirection::Incoming;
            Address customer;
            customer.type = AddressType::Tel;
            customer.target = QStringLiteral("+3460000%1").arg(i, 4, 10, QLatin1Char('0'));
            customer.name = i % 2 ? QStringLiteral("Customer %1").arg(i) : QString();
            (c.direction == CallDirection::Incoming ? c.source : c.destination) = customer;
            c.hangupReason = i % 7 == 0 ? HangupReason::Other : HangupReason::Normal;
            m_context->calls.insert(c.id, c);
        }
    }

    QString shown(int row, int column) const { return m_proxy->index(row, column).data().toString(); }

private slots:
    void init()
    {
        m_source = new FakePageSource<Recording>(this);
        QRandomGenerator rng(7);
        for (int i = 0; i < 250; ++i)
            m_source->items.append(testdata::recording(quint32(i), &rng));
        m_context = new FixedContextSource(this);
        m_model = new RecordingTableModel(m_source, this);
        m_model->setContextSource(m_context);
        m_proxy = new RecordingFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_tester =
            new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
        delete m_context;
        delete m_source;
    }

    void onlyLoadedRowsAreHandedOverOnce()
    {
        m_model->setPageSize(100);
        m_model->fetchMore({});
        QVERIFY(QTest::qWaitFor([this] { return m_model->rowCount() == 100; }, 5000));
        QCOMPARE(m_context->wanted.size(), 100);
        m_model->fetchMore({});
        QVERIFY(QTest::qWaitFor([this] { return m_model->rowCount() == 200; }, 5000));
        QCOMPARE(m_context->wanted.size(), 200);
        QList<QUuid> expected;
        for (int r = 0; r < 200; ++r)
            expected.append(m_model->recordingAt(r).id);
        QCOMPARE(m_context->wanted, expected);
    }

    void columnsFillInWhenLookUpsArrive()
    {
        m_model->fetchAll();
        QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 5000));
        const int row = m_model->rowOfId(m_source->items.at(1).id);
        const Recording &r = m_model->recordingAt(row);
        QVERIFY(r.ownerType == OwnerType::Agent && r.referenceType == RecordingReferenceType::Call);
        // Unknown yet: the agent is its id, the rest empty.
        QCOMPARE(m_model->index(row, RecordingTableModel::AgentColumn).data().toString(),
                 DisplayFormat::id(r.ownerId));
        QVERIFY(m_model->index(row, RecordingTableModel::CustomerColumn).data().toString().isEmpty());
        QVERIFY(m_model->index(row, RecordingTableModel::DirectionColumn).data().toString().isEmpty());

        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        fillContext();
        m_context->publish();
        QCOMPARE(changed.size(), 1);
        const Agent &agent = m_context->agents.value(r.ownerId);
        QCOMPARE(m_model->index(row, RecordingTableModel::AgentColumn).data().toString(),
                 agent.displayName());
        // The customer: "name (number)", or the number alone when the call gives no name.
        int named = 0, unnamed = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const Recording &c = m_model->recordingAt(i);
            if (c.referenceType != RecordingReferenceType::Call)
                continue;
            const Address customer = m_context->calls.value(c.referenceId).customer();
            const QString text = m_model->index(i, RecordingTableModel::CustomerColumn).data().toString();
            if (customer.name.isEmpty()) {
                ++unnamed;
                QCOMPARE(text, customer.target);
            } else {
                ++named;
                QCOMPARE(text, QStringLiteral("%1 (%2)").arg(customer.name, customer.target));
            }
        }
        QVERIFY(named > 0 && unnamed > 0);
        QCOMPARE(m_model->index(row, RecordingTableModel::DirectionColumn).data().toString(),
                 QStringLiteral("Incoming"));
        QCOMPARE(m_model->index(row, RecordingTableModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Normal"));
        // A conference shows its name as the customer column.
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const Recording &c = m_model->recordingAt(i);
            if (c.referenceType != RecordingReferenceType::Confbridge)
                continue;
            QCOMPARE(m_model->index(i, RecordingTableModel::CustomerColumn).data().toString(),
                     m_context->conferences.value(c.referenceId).name);
            QVERIFY(m_model->index(i, RecordingTableModel::DirectionColumn).data().toString().isEmpty());
            break;
        }
        // Unknown enum values read "Other".
        bool sawOther = false;
        for (int i = 0; i < m_model->rowCount() && !sawOther; ++i)
            sawOther = m_model->index(i, RecordingTableModel::OutcomeColumn).data().toString() ==
                       QLatin1String("Other");
        QVERIFY(sawOther);
    }

    void sortsByAgentWithUnknownLast()
    {
        m_model->fetchAll();
        QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 5000));
        fillContext();
        m_context->publish();
        m_proxy->sort(RecordingTableModel::AgentColumn, Qt::AscendingOrder);
        int withAgent = 0;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            withAgent +=
                m_proxy->index(r, 0).data(PagedTableModel::ItemRole).value<Recording>().ownerId.isNull() ? 0
                                                                                                         : 1;
        for (int r = 1; r < withAgent; ++r)
            QVERIFY(shown(r - 1, RecordingTableModel::AgentColumn)
                        .compare(shown(r, RecordingTableModel::AgentColumn), Qt::CaseInsensitive) <= 0);
        // Rows without an owner come last in both orders.
        for (int r = withAgent; r < m_proxy->rowCount(); ++r)
            QVERIFY(shown(r, RecordingTableModel::AgentColumn).isEmpty());
        m_proxy->sort(RecordingTableModel::AgentColumn, Qt::DescendingOrder);
        QVERIFY(!shown(0, RecordingTableModel::AgentColumn).isEmpty());
        QVERIFY(shown(m_proxy->rowCount() - 1, RecordingTableModel::AgentColumn).isEmpty());
    }

    void filtersByDirectionAgentAndCustomerNumber()
    {
        m_model->fetchAll();
        QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 5000));
        // Before anything is known a direction filter shows nothing: no row is known to match.
        m_proxy->setDirection(CallDirection::Outgoing);
        QCOMPARE(m_proxy->rowCount(), 0);
        fillContext();
        m_context->publish();
        const auto expected = [this](const std::function<bool(const Recording &)> &accept) {
            return testdata::expectedIds(m_source->items, accept);
        };
        QCOMPARE(testdata::shownIds(*m_proxy), expected([this](const Recording &r) {
                     const Call *c = m_context->call(r.referenceId);
                     return r.referenceType == RecordingReferenceType::Call && c &&
                            c->direction == CallDirection::Outgoing;
                 }));
        QVERIFY(m_proxy->rowCount() > 0);
        m_proxy->setDirection(std::nullopt);

        m_proxy->setAgentText(QStringLiteral("bruno"));
        const QUuid bruno = testdata::idFor(0x0A000000u, 1);
        QCOMPARE(testdata::shownIds(*m_proxy),
                 expected([&](const Recording &r) { return r.ownerId == bruno; }));
        QVERIFY(m_proxy->rowCount() > 0);
        // The nameless agent is found by its username.
        m_proxy->setAgentText(QStringLiteral("AGENT3"));
        const QUuid nameless = testdata::idFor(0x0A000000u, 3);
        QCOMPARE(testdata::shownIds(*m_proxy),
                 expected([&](const Recording &r) { return r.ownerId == nameless; }));
        m_proxy->setAgentText(QString());

        // The number however it is written: "+34 600 000 12" matches +34600000012x.
        m_proxy->setCustomerNumber(QStringLiteral("+34 600 000 12"));
        QCOMPARE(testdata::shownIds(*m_proxy), expected([this](const Recording &r) {
                     const Call *c = m_context->call(r.referenceId);
                     return r.referenceType == RecordingReferenceType::Call && c &&
                            c->customer().target.startsWith(QLatin1String("+3460000012"));
                 }));
        QVERIFY(m_proxy->rowCount() > 0);
        m_proxy->setCustomerNumber(QString());

        // Free text finds a customer's name.
        m_proxy->setFilterText(QStringLiteral("customer 11"));
        QVERIFY(m_proxy->rowCount() > 0);
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            QVERIFY(shown(r, RecordingTableModel::CustomerColumn).contains(QLatin1String("Customer 11")));
    }

    void factsJsonAndPrefill()
    {
        m_model->fetchAll();
        QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 5000));
        fillContext();
        m_context->publish();
        Recording call;
        for (const Recording &r : std::as_const(m_source->items)) {
            if (r.referenceType == RecordingReferenceType::Call &&
                r.ownerId == testdata::idFor(0x0A000000u, 0) && r.started.hasHappened()) {
                call = r;
                break;
            }
        }
        QVERIFY(!call.id.isNull());
        const Call &c = m_context->calls.value(call.referenceId);

        const RecordingFacts facts = RecordingFacts::of(call, m_context);
        QJsonObject json;
        facts.addTo(&json);
        QCOMPARE(json.value(QLatin1String("agent")).toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("agent0"));
        QCOMPARE(json.value(QLatin1String("agent")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Ana López"));
        QCOMPARE(json.value(QLatin1String("customer")).toObject().value(QLatin1String("number")).toString(),
                 c.customer().target);
        QCOMPARE(json.value(QLatin1String("call")).toObject().value(QLatin1String("id")).toString(),
                 uuidToWire(call.referenceId));
        QCOMPARE(json.value(QLatin1String("call")).toObject().value(QLatin1String("direction")).toString(),
                 toWire(c.direction));

        AnalyticsMetadata metadata;
        metadata.fileName = QStringLiteral("recording.wav");
        metadata.uploadType = QStringLiteral("Audio");
        metadata.phone = QStringLiteral("+15550000000"); // typed by the user: kept
        const QStringList filled = facts.prefill(&metadata);
        QVERIFY(!filled.contains(QLatin1String("Phone")));
        QCOMPARE(metadata.phone, QStringLiteral("+15550000000"));
        QCOMPARE(metadata.callDirection, c.direction == CallDirection::Incoming ? QStringLiteral("Inbound")
                                                                                : QStringLiteral("Outbound"));
        QCOMPARE(metadata.agentFirstName, QStringLiteral("Ana"));
        QCOMPARE(metadata.agentLastName, QStringLiteral("López"));
        QCOMPARE(metadata.agentCode, QStringLiteral("agent0"));
        QCOMPARE(metadata.clientCallId, uuidToWire(call.referenceId));
        QVERIFY(!metadata.interactionDate.isEmpty());
        // What was filled passes the same validation as typed values.
        const auto problems = MetadataValidator::validate(metadata, QStringLiteral("recording.wav"), -1);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.value(0).field + QLatin1String(": ") + problems.value(0).message));

        // Nothing known (e.g. a 403): ids only, nulls in the JSON, only the recording's own facts filled.
        const RecordingFacts bare = RecordingFacts::of(call, nullptr);
        QJsonObject bareJson;
        bare.addTo(&bareJson);
        QVERIFY(bareJson.value(QLatin1String("agent")).toObject().value(QLatin1String("name")).isNull());
        QCOMPARE(bareJson.value(QLatin1String("agent")).toObject().value(QLatin1String("id")).toString(),
                 uuidToWire(call.ownerId));
        QVERIFY(bareJson.value(QLatin1String("call")).toObject().value(QLatin1String("direction")).isNull());
        AnalyticsMetadata empty;
        const QStringList bareFilled = bare.prefill(&empty);
        QCOMPARE(bareFilled,
                 (QStringList{QStringLiteral("InteractionDate"), QStringLiteral("ClientCallId")}));
    }

    // What a review keeps for its export (docs/REVIEWS.md): the agent as the Agent column shows
    // it, the customer's name and number (or the conference's name), the call and the start.
    void reviewSubjectForTheExport()
    {
        m_model->fetchAll();
        QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 5000));
        fillContext();
        m_context->publish();
        bool named = false, numberOnly = false, conference = false, nameless = false;
        for (const Recording &r : std::as_const(m_source->items)) {
            const RecordingFacts facts = RecordingFacts::of(r, m_context);
            const ReviewSubject subject = facts.reviewSubject(r.id);
            QCOMPARE(subject.recordingId, r.id);
            QCOMPARE(subject.start, r.started.toDateTime());
            const Agent *agent = r.ownerType == OwnerType::Agent ? m_context->agent(r.ownerId) : nullptr;
            QCOMPARE(subject.agent, agent ? agent->displayName() : QString());
            if (agent && agent->name.isEmpty()) {
                QCOMPARE(subject.agent, agent->username); // no name: the username
                nameless = true;
            }
            if (r.referenceType == RecordingReferenceType::Confbridge) {
                QVERIFY(subject.callId.isEmpty());
                QCOMPARE(subject.customer, m_context->conference(r.referenceId)->name);
                conference = true;
                continue;
            }
            QCOMPARE(subject.callId, uuidToWire(r.referenceId));
            const Address &customer = m_context->call(r.referenceId)->customer();
            if (customer.name.isEmpty()) {
                QCOMPARE(subject.customer, customer.target);
                numberOnly = true;
            } else {
                QCOMPARE(subject.customer,
                         customer.name + QStringLiteral(" (") + customer.target + QLatin1Char(')'));
                named = true;
            }
        }
        QVERIFY(named && numberOnly && conference && nameless);
        // Nothing looked up yet: the call id and the start, nothing made up.
        const Recording &first = m_source->items.constFirst();
        const ReviewSubject bare = RecordingFacts::of(first, nullptr).reviewSubject(first.id);
        QVERIFY(bare.agent.isEmpty());
        QVERIFY(bare.customer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordingContext)
#include "tst_recordingcontext.moc"
