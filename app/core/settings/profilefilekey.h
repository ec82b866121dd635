#pragma once

#include <QString>

namespace recdesk {

// The name under which a profile's own files and folders live on disk (its audio cache, its review
// database): 24 hex digits of the SHA-256 of the profile's name. No name a user typed ever becomes
// a path, the key is the same on every file system (lower-case hex: no case folding, no reserved
// names), and two different names never share a key (96 bits leave collisions out of reach).
QString profileFileKey(const QString &profileName);

} // namespace recdesk
