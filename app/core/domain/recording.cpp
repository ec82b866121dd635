#include "recording.h"

namespace recdesk {

std::int64_t Recording::durationMs() const
{
    if (!started.hasHappened() || !ended.hasHappened() || ended < started)
        return -1;
    return (ended.microseconds() - started.microseconds()) / 1000;
}

Recording Recording::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    JsonReader r(object, QStringLiteral("recording"), problems);
    Recording rec;
    rec.id = r.uuid(QLatin1String("id"));
    if (rec.id.isNull())
        r.report(QLatin1String("id"), QStringLiteral("is missing"));
    rec.customerId = r.uuid(QLatin1String("customer_id"));
    rec.ownerType = ownerTypeFromWire(r.string(QLatin1String("owner_type")));
    rec.ownerId = r.uuid(QLatin1String("owner_id"));
    rec.activeflowId = r.uuid(QLatin1String("activeflow_id"));
    rec.referenceType = recordingReferenceTypeFromWire(r.string(QLatin1String("reference_type")));
    rec.referenceId = r.uuid(QLatin1String("reference_id"));
    rec.status = recordingStatusFromWire(r.string(QLatin1String("status")));
    // Live servers omit empty fields; a missing format means the only one there is.
    if (r.has(QLatin1String("format")))
        rec.format = recordingFormatFromWire(r.string(QLatin1String("format")));
    rec.onEndFlowId = r.uuid(QLatin1String("on_end_flow_id"));
    rec.started = r.timestamp(QLatin1String("tm_start"));
    rec.ended = r.timestamp(QLatin1String("tm_end"));
    rec.created = r.timestamp(QLatin1String("tm_create"));
    rec.updated = r.timestamp(QLatin1String("tm_update"));
    rec.deleted = r.timestamp(QLatin1String("tm_delete"));
    return rec;
}

QJsonObject Recording::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), uuidToWire(id));
    o.insert(QLatin1String("customer_id"), uuidToWire(customerId));
    o.insert(QLatin1String("owner_type"), toWire(ownerType));
    o.insert(QLatin1String("owner_id"), uuidToWire(ownerId));
    o.insert(QLatin1String("activeflow_id"), uuidToWire(activeflowId));
    o.insert(QLatin1String("reference_type"), toWire(referenceType));
    o.insert(QLatin1String("reference_id"), uuidToWire(referenceId));
    o.insert(QLatin1String("status"), toWire(status));
    o.insert(QLatin1String("format"), toWire(format));
    o.insert(QLatin1String("on_end_flow_id"), uuidToWire(onEndFlowId));
    o.insert(QLatin1String("tm_start"), started.toPlatformString());
    o.insert(QLatin1String("tm_end"), ended.toPlatformString());
    o.insert(QLatin1String("tm_create"), created.toPlatformString());
    o.insert(QLatin1String("tm_update"), updated.toPlatformString());
    o.insert(QLatin1String("tm_delete"), deleted.toPlatformString());
    return o;
}

} // namespace recdesk
