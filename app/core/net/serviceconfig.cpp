#include "serviceconfig.h"

namespace recdesk {

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString tail = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    url.setPath(basePath + tail);
    return url;
}

QUrl hostRoot(const QUrl &base)
{
    QUrl url = base;
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace recdesk
