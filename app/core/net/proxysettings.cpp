#include "proxysettings.h"

namespace recdesk {

QString ProxySettings::address() const
{
    if (mode != Mode::Manual)
        return QString();
    return host + QLatin1Char(':') + QString::number(port);
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return Mode::None;
    if (name == QLatin1String("manual"))
        return Mode::Manual;
    return Mode::System;
}

} // namespace recdesk
