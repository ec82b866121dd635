#pragma once

#include "domain/platformfile.h"
#include "domain/recording.h"
#include "models/pagedtablemodel.h"

#include <algorithm>
#include <QRandomGenerator>

// Deterministic test items: item i is created i seconds before a fixed time, so that a list
// generated in order is already newest first.
namespace testdata {

inline recdesk::Timestamp base()
{
    return recdesk::Timestamp::fromMicroseconds(1'716'796'516'515'315);
}

// Never null: the trailing bytes are set.
inline QUuid idFor(quint32 kind, quint32 i)
{
    return QUuid(kind, quint16(i >> 16), quint16(i & 0xffff), 1, 2, 3, 4, 5, 6, 7, 8);
}

inline recdesk::Recording recording(quint32 i, QRandomGenerator *rng)
{
    using namespace recdesk;
    Recording r;
    r.id = idFor(0xAAAA0000u, i);
    r.customerId = idFor(0xCCCC0000u, 1);
    r.ownerId = i % 7 == 0 ? QUuid() : idFor(0x0A000000u, rng->bounded(5));
    r.ownerType = r.ownerId.isNull() ? OwnerType::None : OwnerType::Agent;
    r.referenceId = idFor(0xBBBB0000u, i);
    r.referenceType =
        rng->bounded(3) == 0 ? RecordingReferenceType::Confbridge : RecordingReferenceType::Call;
    r.status = static_cast<RecordingStatus>(rng->bounded(4));
    r.created = Timestamp::fromMicroseconds(base().microseconds() - qint64(i) * 1'000'000);
    r.updated = r.created;
    if (r.status != RecordingStatus::Initiating)
        r.started = Timestamp::fromMicroseconds(r.created.microseconds() + 500'000);
    if (r.status == RecordingStatus::Ended)
        r.ended =
            Timestamp::fromMicroseconds(r.started.microseconds() + qint64(rng->bounded(3600)) * 1'000'000);
    return r;
}

inline recdesk::PlatformFile file(quint32 i, QRandomGenerator *rng)
{
    using namespace recdesk;
    PlatformFile f;
    f.id = idFor(0xFFFF0000u, i);
    f.customerId = idFor(0xCCCC0000u, 1);
    f.ownerId = i % 5 == 0 ? QUuid() : idFor(0x0A000000u, rng->bounded(4));
    f.ownerType = f.ownerId.isNull() ? OwnerType::None : OwnerType::Agent;
    f.referenceType = i % 3 == 0 ? FileReferenceType::Recording : FileReferenceType::None;
    f.referenceId = f.referenceType == FileReferenceType::Recording ? idFor(0xAAAA0000u, i) : QUuid();
    f.name = i % 4 == 0 ? QString() : QStringLiteral("Call notes %1").arg(i);
    f.filename = QStringLiteral("file-%1.wav").arg(i);
    f.detail = i % 2 ? QStringLiteral("detail %1").arg(i) : QString();
    f.filesize = qint64(rng->bounded(50'000'000));
    f.created = Timestamp::fromMicroseconds(base().microseconds() - qint64(i) * 1'000'000);
    f.updated = f.created;
    if (i % 6 != 0)
        f.downloadExpires = Timestamp::fromMicroseconds(f.created.microseconds() + 86'400'000'000);
    f.downloadUrl = QStringLiteral("https://example.invalid/f/%1").arg(i);
    return f;
}

// The ids a proxy shows (sorted), and the ids a plain loop over the source data says it should
// show: the filter tests compare the two.
inline QList<QUuid> shownIds(const QAbstractItemModel &proxy)
{
    QList<QUuid> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.data(proxy.index(r, 0), recdesk::PagedTableModel::IdRole).toUuid());
    std::sort(ids.begin(), ids.end());
    return ids;
}

template<typename T, typename Accept> QList<QUuid> expectedIds(const QList<T> &items, Accept accept)
{
    QList<QUuid> ids;
    for (const T &item : items) {
        if (accept(item))
            ids.append(item.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace testdata
