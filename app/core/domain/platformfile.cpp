#include "platformfile.h"

namespace recdesk {

bool PlatformFile::downloadUrlIsFresh(Timestamp now, std::int64_t marginSeconds) const
{
    if (downloadUrl.isEmpty())
        return false;
    if (!downloadExpires.hasHappened()) // no expiry given: trust it, a 403 will tell otherwise
        return true;
    return now.microseconds() + marginSeconds * 1000000 < downloadExpires.microseconds();
}

PlatformFile PlatformFile::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    JsonReader r(object, QStringLiteral("file"), problems);
    PlatformFile f;
    f.id = r.uuid(QLatin1String("id"));
    if (f.id.isNull())
        r.report(QLatin1String("id"), QStringLiteral("is missing"));
    f.customerId = r.uuid(QLatin1String("customer_id"));
    f.ownerId = r.uuid(QLatin1String("owner_id"));
    f.ownerType = ownerTypeFromWire(r.string(QLatin1String("owner_type")));
    f.referenceType = fileReferenceTypeFromWire(r.string(QLatin1String("reference_type")));
    f.referenceId = r.uuid(QLatin1String("reference_id"));
    f.type = fileTypeFromWire(r.string(QLatin1String("type")));
    f.name = r.string(QLatin1String("name"));
    f.detail = r.string(QLatin1String("detail"));
    f.filename = r.string(QLatin1String("filename"));
    f.filesize = r.integer(QLatin1String("filesize"));
    if (f.filesize < 0) {
        r.report(QLatin1String("filesize"), QStringLiteral("is negative"));
        f.filesize = 0;
    }
    f.downloadUrl = r.string(QLatin1String("uri_download"));
    f.downloadExpires = r.timestamp(QLatin1String("tm_download_expire"));
    f.created = r.timestamp(QLatin1String("tm_create"));
    f.updated = r.timestamp(QLatin1String("tm_update"));
    f.deleted = r.timestamp(QLatin1String("tm_delete"));
    return f;
}

QJsonObject PlatformFile::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), uuidToWire(id));
    o.insert(QLatin1String("customer_id"), uuidToWire(customerId));
    o.insert(QLatin1String("owner_id"), uuidToWire(ownerId));
    o.insert(QLatin1String("owner_type"), toWire(ownerType));
    o.insert(QLatin1String("reference_type"), toWire(referenceType));
    o.insert(QLatin1String("reference_id"), uuidToWire(referenceId));
    o.insert(QLatin1String("type"), toWire(type));
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("detail"), detail);
    o.insert(QLatin1String("filename"), filename);
    o.insert(QLatin1String("filesize"), static_cast<double>(filesize));
    o.insert(QLatin1String("uri_download"), downloadUrl);
    o.insert(QLatin1String("tm_download_expire"), downloadExpires.toPlatformString());
    o.insert(QLatin1String("tm_create"), created.toPlatformString());
    o.insert(QLatin1String("tm_update"), updated.toPlatformString());
    o.insert(QLatin1String("tm_delete"), deleted.toPlatformString());
    return o;
}

} // namespace recdesk
