#include "profilestore.h"

#include "media/audiocache.h"

#include <QRegularExpression>
#include <QSettings>

namespace recdesk {

namespace {
const QString kGroup = QStringLiteral("profiles");
QString authToWire(Profile::PlatformAuth a)
{
    return a == Profile::PlatformAuth::AccessKey ? QStringLiteral("accesskey") : QStringLiteral("password");
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings())
    , m_owned(settings == nullptr)
{}

ProfileStore::~ProfileStore()
{
    if (m_owned)
        delete m_settings;
}

bool ProfileStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[\\w][\\w .-]{0,63}$"));
    return re.match(name).hasMatch();
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    return groups;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!names().contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + name);
    p.platformUrl = m_settings->value(QStringLiteral("platformUrl")).toUrl();
    p.platformAuth =
        m_settings->value(QStringLiteral("platformAuth")).toString() == QLatin1String("accesskey")
            ? Profile::PlatformAuth::AccessKey
            : Profile::PlatformAuth::Password;
    p.platformUsername = m_settings->value(QStringLiteral("platformUsername")).toString();
    p.platformFilesPath = m_settings->value(QStringLiteral("platformFilesPath")).toString();
    p.analyticsUrl = m_settings->value(QStringLiteral("analyticsUrl")).toUrl();
    p.analyticsClientId = m_settings->value(QStringLiteral("analyticsClientId")).toString();
    p.assistantUrl = m_settings->value(QStringLiteral("assistantUrl")).toUrl();
    p.assistantUser = m_settings->value(QStringLiteral("assistantUser")).toString();
    p.timeoutSeconds = m_settings->value(QStringLiteral("timeoutSeconds"), 30).toInt();
    p.downloadFolder = m_settings->value(QStringLiteral("downloadFolder")).toString();
    if (m_settings->contains(QStringLiteral("proxy")))
        p.proxyMode = ProxySettings::modeFromName(m_settings->value(QStringLiteral("proxy")).toString());
    else // written before proxies were per profile: a yes/no for the system's settings
        p.proxyMode = m_settings->value(QStringLiteral("useSystemProxy"), true).toBool()
                          ? ProxySettings::Mode::System
                          : ProxySettings::Mode::None;
    p.proxyHost = m_settings->value(QStringLiteral("proxyHost")).toString();
    p.proxyPort = m_settings->value(QStringLiteral("proxyPort"), 0).toInt();
    p.proxyUser = m_settings->value(QStringLiteral("proxyUser")).toString();
    m_settings->endGroup();
    return p;
}

void ProfileStore::save(const Profile &p)
{
    Q_ASSERT(isValidName(p.name));
    m_settings->beginGroup(kGroup + QLatin1Char('/') + p.name);
    m_settings->remove(QString()); // no stale keys survive
    m_settings->setValue(QStringLiteral("platformUrl"), p.platformUrl);
    m_settings->setValue(QStringLiteral("platformAuth"), authToWire(p.platformAuth));
    m_settings->setValue(QStringLiteral("platformUsername"), p.platformUsername);
    m_settings->setValue(QStringLiteral("platformFilesPath"), p.platformFilesPath);
    m_settings->setValue(QStringLiteral("analyticsUrl"), p.analyticsUrl);
    m_settings->setValue(QStringLiteral("analyticsClientId"), p.analyticsClientId);
    m_settings->setValue(QStringLiteral("assistantUrl"), p.assistantUrl);
    m_settings->setValue(QStringLiteral("assistantUser"), p.assistantUser);
    m_settings->setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
    m_settings->setValue(QStringLiteral("downloadFolder"), p.downloadFolder);
    m_settings->setValue(QStringLiteral("proxy"), ProxySettings::modeName(p.proxyMode));
    m_settings->setValue(QStringLiteral("proxyHost"), p.proxyHost);
    m_settings->setValue(QStringLiteral("proxyPort"), p.proxyPort);
    m_settings->setValue(QStringLiteral("proxyUser"), p.proxyUser);
    m_settings->endGroup();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(kGroup + QLatin1Char('/') + name);
    AudioCache::removeForProfile(name); // the profile's recordings go with it
    if (currentName() == name)
        m_settings->remove(QStringLiteral("currentProfile"));
}

QString ProfileStore::currentName() const
{
    return m_settings->value(QStringLiteral("currentProfile")).toString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    m_settings->setValue(QStringLiteral("currentProfile"), name);
}

void ProfileStore::sync()
{
    m_settings->sync();
}

} // namespace recdesk
