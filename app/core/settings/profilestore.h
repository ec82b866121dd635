#pragma once

#include "profile.h"

#include <optional>
#include <QStringList>

class QSettings;

namespace recdesk {

// Profiles in QSettings, under "profiles/<name>/". Holds only the fields of Profile: there is no
// way to put a secret here.
class ProfileStore
{
public:
    // settings: not owned; nullptr uses the application's default QSettings.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);
    QString currentName() const;
    void setCurrentName(const QString &name);
    void sync();

    // A profile name that is safe as a settings group and a keychain key.
    static bool isValidName(const QString &name);

private:
    QSettings *m_settings;
    bool m_owned;
};

} // namespace recdesk
