#include "transferitem.h"

#include <QJsonValue>

namespace recdesk {

namespace {

template<typename E> struct WireName
{
    E value;
    const char *name;
};

const WireName<TransferItem::State> kStates[] = {{TransferItem::State::Queued, "queued"},
                                                 {TransferItem::State::Running, "running"},
                                                 {TransferItem::State::Completed, "completed"},
                                                 {TransferItem::State::Failed, "failed"},
                                                 {TransferItem::State::Cancelled, "cancelled"}};
const WireName<TransferItem::Source> kSources[] = {{TransferItem::Source::PlatformFile, "file"},
                                                   {TransferItem::Source::Recording, "recording"},
                                                   {TransferItem::Source::Url, "url"}};
const WireName<TransferItem::Destination> kDestinations[] = {
    {TransferItem::Destination::Platform, "platform"},
    {TransferItem::Destination::Analytics, "analytics"},
    {TransferItem::Destination::Assistant, "assistant"}};

template<typename E, size_t N> QString nameOf(const WireName<E> (&table)[N], E value)
{
    for (const auto &row : table)
        if (row.value == value)
            return QString::fromLatin1(row.name);
    return QString();
}

template<typename E, size_t N> E valueOf(const WireName<E> (&table)[N], const QString &name, E fallback)
{
    for (const auto &row : table)
        if (name == QLatin1String(row.name))
            return row.value;
    return fallback;
}

} // namespace

int TransferItem::progressPercent() const
{
    if (state == State::Completed)
        return 100;
    if (bytesTotal <= 0)
        return 0;
    return int(std::clamp<qint64>(bytesDone * 100 / bytesTotal, 0, 100));
}

QString TransferItem::toWire(State s)
{
    return nameOf(kStates, s);
}

QJsonObject TransferItem::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id.toString(QUuid::WithoutBraces));
    o.insert(QLatin1String("direction"),
             direction == Direction::Download ? QLatin1String("download") : QLatin1String("upload"));
    o.insert(QLatin1String("state"), nameOf(kStates, state));
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("added"), added.toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("bytesDone"), double(bytesDone));
    o.insert(QLatin1String("bytesTotal"), double(bytesTotal));
    if (!error.isEmpty())
        o.insert(QLatin1String("error"), error);
    if (!errorDetails.isEmpty())
        o.insert(QLatin1String("errorDetails"), errorDetails);
    if (!result.isEmpty())
        o.insert(QLatin1String("result"), result);
    if (direction == Direction::Download) {
        o.insert(QLatin1String("source"), nameOf(kSources, source));
        if (!remoteId.isNull())
            o.insert(QLatin1String("remoteId"), remoteId.toString(QUuid::WithoutBraces));
        if (!url.isEmpty())
            o.insert(QLatin1String("url"), url.toString(QUrl::FullyEncoded));
        o.insert(QLatin1String("folder"), folder);
        if (!targetPath.isEmpty())
            o.insert(QLatin1String("targetPath"), targetPath);
        if (!etag.isEmpty())
            o.insert(QLatin1String("etag"), QString::fromLatin1(etag));
    } else {
        o.insert(QLatin1String("destination"), nameOf(kDestinations, destination));
        if (!localPath.isEmpty())
            o.insert(QLatin1String("localPath"), localPath);
        if (!recordingId.isNull())
            o.insert(QLatin1String("recordingId"), recordingId.toString(QUuid::WithoutBraces));
        if (!metadata.isEmpty())
            o.insert(QLatin1String("metadata"), metadata);
        if (uploadMayHaveReachedServer)
            o.insert(QLatin1String("mayHaveReachedServer"), true);
    }
    return o;
}

TransferItem TransferItem::fromJson(const QJsonObject &o)
{
    TransferItem t;
    t.id = QUuid::fromString(o.value(QLatin1String("id")).toString());
    t.direction = o.value(QLatin1String("direction")).toString() == QLatin1String("upload")
                      ? Direction::Upload
                      : Direction::Download;
    t.state = valueOf(kStates, o.value(QLatin1String("state")).toString(), State::Queued);
    t.name = o.value(QLatin1String("name")).toString();
    t.added = QDateTime::fromString(o.value(QLatin1String("added")).toString(), Qt::ISODateWithMs);
    t.bytesDone = qint64(o.value(QLatin1String("bytesDone")).toDouble());
    t.bytesTotal = qint64(o.value(QLatin1String("bytesTotal")).toDouble(-1));
    t.error = o.value(QLatin1String("error")).toString();
    t.errorDetails = o.value(QLatin1String("errorDetails")).toString();
    t.result = o.value(QLatin1String("result")).toObject();
    t.source = valueOf(kSources, o.value(QLatin1String("source")).toString(), Source::PlatformFile);
    t.remoteId = QUuid::fromString(o.value(QLatin1String("remoteId")).toString());
    t.url = QUrl::fromEncoded(o.value(QLatin1String("url")).toString().toLatin1());
    t.folder = o.value(QLatin1String("folder")).toString();
    t.targetPath = o.value(QLatin1String("targetPath")).toString();
    t.etag = o.value(QLatin1String("etag")).toString().toLatin1();
    t.destination =
        valueOf(kDestinations, o.value(QLatin1String("destination")).toString(), Destination::Platform);
    t.localPath = o.value(QLatin1String("localPath")).toString();
    t.recordingId = QUuid::fromString(o.value(QLatin1String("recordingId")).toString());
    t.metadata = o.value(QLatin1String("metadata")).toObject();
    t.uploadMayHaveReachedServer = o.value(QLatin1String("mayHaveReachedServer")).toBool();
    return t;
}

QString TransferItem::stateName(State s)
{
    switch (s) {
    case State::Queued:
        return tr("Queued");
    case State::Running:
        return tr("Running");
    case State::Completed:
        return tr("Completed");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString TransferItem::directionName(Direction d)
{
    return d == Direction::Download ? tr("Download") : tr("Upload");
}

QString TransferItem::destinationName(Destination d)
{
    switch (d) {
    case Destination::Platform:
        return tr("Platform");
    case Destination::Analytics:
        return tr("Analytics");
    case Destination::Assistant:
        return tr("Assistant");
    }
    return QString();
}

} // namespace recdesk
