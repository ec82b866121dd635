#include "seedrandom.h"

#include <cstring>
#include <QUuid>

namespace recdesk::sandbox {

QString seededUuid(QRandomGenerator &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = rng.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

qint64 between(QRandomGenerator &rng, qint64 lo, qint64 hi)
{
    return lo + qint64(rng.bounded(1.0) * double(hi - lo));
}

QRandomGenerator generatorFor(const QString &uuid)
{
    const QByteArray bytes = QUuid::fromString(uuid).toRfc4122();
    quint32 words[4];
    memcpy(words, bytes.constData(), sizeof words);
    return QRandomGenerator(words, 4);
}

} // namespace recdesk::sandbox
