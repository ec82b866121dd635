#include "profilefilekey.h"

#include <QCryptographicHash>

namespace recdesk {

QString profileFileKey(const QString &profileName)
{
    const QByteArray hash = QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(24));
}

} // namespace recdesk
