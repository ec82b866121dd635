#include "demodata.h"

#include "calldata.h"
#include "demoagents.h"
#include "httputil.h"
#include "sandboxcontext.h"
#include "seedrandom.h"
#include "store.h"
#include "wavgenerator.h"

namespace recdesk::sandbox {

namespace {

constexpr qint64 kSecond = 1000000;
constexpr qint64 kDay = 24LL * 3600 * kSecond;

qint64 recordingDuration(QRandomGenerator &rng)
{
    const int bucket = int(rng.bounded(100));
    if (bucket < 10)
        return between(rng, 3 * kSecond, 20 * kSecond);
    if (bucket < 80)
        return between(rng, 30 * kSecond, 8 * 60 * kSecond);
    if (bucket < 95)
        return between(rng, 8 * 60 * kSecond, 20 * 60 * kSecond);
    return between(rng, 20 * 60 * kSecond, 45 * 60 * kSecond);
}

// Who owns an agent-owned recording: the living demo agents in turn, and now and then (1.5 %) the
// one deleted since, whose recordings stay.
QString recordingOwner(QRandomGenerator &rng, const QStringList &living)
{
    const int pick = int(rng.bounded(1000));
    return pick < 25 ? deletedDemoAgentId() : living.at(pick % living.size());
}

} // namespace

bool seedDemoData(Store &store, qint64 nowUsec, int recordingCount, int fileCount, QString *error)
{
    QRandomGenerator rng(20240527);
    const qint64 now = nowUsec;
    const qint64 span = 180 * kDay;
    // Before there were demo agents the first two draws were owner ids (demoagents.cpp keeps them
    // as agents); they are still drawn so that every recording keeps its id.
    seededUuid(rng);
    seededUuid(rng);
    QStringList agents;
    for (const AgentRow &a : demoAgents(now)) {
        if (a.tmDelete == kNotHappened)
            agents.append(a.id);
    }
    const QStringList statuses = {QStringLiteral("initiating"), QStringLiteral("recording"),
                                  QStringLiteral("stopping")};

    if (!store.transaction()) {
        if (error)
            *error = QStringLiteral("Cannot start a database transaction");
        return false;
    }
    QList<RecordingRow> ended;
    for (int i = 0; i < recordingCount; ++i) {
        RecordingRow r;
        r.id = seededUuid(rng);
        r.customerId = DemoIdentity::customerId();
        const bool owned = rng.bounded(100) < 60;
        r.ownerType = owned ? QStringLiteral("agent") : QString();
        r.ownerId = owned ? recordingOwner(rng, agents) : unsetUuid();
        r.activeflowId = rng.bounded(100) < 70 ? seededUuid(rng) : unsetUuid();
        r.referenceType = rng.bounded(100) < 70 ? QStringLiteral("call") : QStringLiteral("confbridge");
        r.referenceId = seededUuid(rng);
        r.onEndFlowId = rng.bounded(100) < 20 ? seededUuid(rng) : unsetUuid();
        // Evenly spread over the span (newest first by index), with jitter; the store keeps
        // tm_create unique.
        r.tmCreate =
            now - (span * i) / qMax(1, recordingCount) - between(rng, 0, span / qMax(1, recordingCount));
        const int statusPick = int(rng.bounded(100));
        r.status = statusPick < 85 ? QStringLiteral("ended") : statuses.at(statusPick % 3);
        r.tmStart = r.tmCreate + between(rng, 100000, 900000);
        if (r.status == QLatin1String("ended") || r.status == QLatin1String("stopping")) {
            r.tmEnd = r.tmStart + recordingDuration(rng);
            r.tmUpdate = r.tmEnd + between(rng, 100000, 2 * kSecond);
        }
        if (r.status == QLatin1String("initiating"))
            r.tmStart = kNotHappened;
        if (rng.bounded(100) < 3) {
            r.tmDelete = qMin(now - kSecond, r.tmCreate + between(rng, kDay, 20 * kDay));
            r.tmUpdate = r.tmDelete;
        } else if (now - r.tmCreate > 120 * kDay && rng.bounded(100) < 15) {
            r.legacyEmptyDelete = true;
        }
        if (!store.insertRecording(r)) {
            store.rollback();
            if (error)
                *error = store.lastError();
            return false;
        }
        if (r.status == QLatin1String("ended") && r.tmDelete == kNotHappened)
            ended.append(r);
    }

    const QStringList stems = {QStringLiteral("greeting"),     QStringLiteral("ivr-menu"),
                               QStringLiteral("hold-music"),   QStringLiteral("voicemail-prompt"),
                               QStringLiteral("after-hours"),  QStringLiteral("queue-announcement"),
                               QStringLiteral("survey-intro"), QStringLiteral("callback-offer")};
    for (int i = 0; i < fileCount; ++i) {
        FileRow f;
        f.id = seededUuid(rng);
        f.customerId = DemoIdentity::customerId();
        const int ownerPick = int(rng.bounded(100));
        f.ownerId = ownerPick < 50 ? DemoIdentity::adminAgentId()
                                   : (ownerPick < 75 ? DemoIdentity::agentId() : unsetUuid());
        f.ownerType = f.ownerId == unsetUuid() ? QString() : QStringLiteral("agent");
        f.tmCreate = now - (span * i) / qMax(1, fileCount) - between(rng, 0, span / qMax(1, fileCount));
        qint64 duration = between(rng, 3 * kSecond, 3 * 60 * kSecond);
        if (!ended.isEmpty() && rng.bounded(100) < 35) {
            const RecordingRow &rec = ended.at(int(rng.bounded(ended.size())));
            f.referenceType = QStringLiteral("recording");
            f.referenceId = rec.id;
            f.type = QStringLiteral("recording");
            f.name = QStringLiteral("Call recording %1").arg(rec.id.left(8));
            f.detail = QStringLiteral("Exported from recording %1").arg(rec.id);
            f.filename = QStringLiteral("recording-%1.wav").arg(rec.id.left(8));
            duration = qMin<qint64>(rec.tmEnd - rec.tmStart, 10 * 60 * kSecond);
        } else {
            // The live platform also knows "normal" (served as "none" in the documented form).
            f.referenceType = rng.bounded(100) < 15 ? QStringLiteral("normal") : QStringLiteral("none");
            f.referenceId = unsetUuid();
            f.type = (i % 2) ? QStringLiteral("talk") : QStringLiteral("rag");
            const QString stem = stems.at(i % stems.size());
            f.filename = QStringLiteral("%1-%2.wav").arg(stem).arg(i, 2, 10, QLatin1Char('0'));
            if (rng.bounded(100) < 60) {
                f.name = stem;
                f.name.replace(QLatin1Char('-'), QLatin1Char(' '));
                f.name[0] = f.name.at(0).toUpper();
            }
            if (rng.bounded(100) < 40)
                f.detail = QStringLiteral("Prompt used by the main queue");
        }
        f.bodyKind = QStringLiteral("generated");
        f.samples = wavSamplesForDuration(duration);
        f.filesize = wavFileSize(f.samples);
        f.etag = QString::fromLatin1(generatedEtag(f.id, f.samples, "file"));
        if (rng.bounded(100) < 15)
            f.tmUpdate = f.tmCreate + between(rng, kSecond, kDay);
        if (rng.bounded(100) < 3) {
            f.tmDelete = qMin(now - kSecond, f.tmCreate + between(rng, kDay, 10 * kDay));
            f.tmUpdate = f.tmDelete;
        }
        if (!store.insertFile(f)) {
            store.rollback();
            if (error)
                *error = store.lastError();
            return false;
        }
    }
    if (!addCallData(store, now, error)) {
        store.rollback();
        return false;
    }
    if (!store.commit()) {
        if (error)
            *error = QStringLiteral("Cannot commit the demo data");
        return false;
    }
    return true;
}

} // namespace recdesk::sandbox
