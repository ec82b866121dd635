#pragma once

#include <QIcon>
#include <QString>

namespace recdesk::gui {

// The application's SVG icons (resources/icons). Symbolic icons are drawn in black and tinted
// with the current palette when painted, so they follow light and dark palettes without a
// second set of files.
namespace AppIcons {

// Registers the icon resources of the static library; call once before the first icon.
void initResources();
// A symbolic icon by base name ("play", "download", ...), tinted with the palette.
QIcon symbolic(const QString &name);
// The colour application icon.
QIcon application();

} // namespace AppIcons
} // namespace recdesk::gui
