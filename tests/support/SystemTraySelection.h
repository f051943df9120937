#pragma once
// A desktop with a system tray, as far as Qt can tell on X11: the owner of the tray selection
// (_NET_SYSTEM_TRAY_S0), as a desktop's panel is. tst_agenttray and bench/agent_figures.sh
// (bench_tray_host) run login-companion-tray on an Xvfb of their own with it.

#include <QByteArray>

#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>

namespace lc::test {

class SystemTraySelection
{
public:
    SystemTraySelection() = default;
    SystemTraySelection(const SystemTraySelection &) = delete;
    SystemTraySelection &operator=(const SystemTraySelection &) = delete;
    ~SystemTraySelection()
    {
        if (m_connection)
            xcb_disconnect(m_connection);
    }

    // Owns the selection on `display` (":1") until destroyed.
    bool claim(const QByteArray &display)
    {
        m_connection = xcb_connect(display.constData(), nullptr);
        if (xcb_connection_has_error(m_connection))
            return false;
        xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data;
        const xcb_window_t panel = xcb_generate_id(m_connection);
        xcb_create_window(m_connection, XCB_COPY_FROM_PARENT, panel, screen->root, 0, 0, 1, 1, 0,
                          XCB_WINDOW_CLASS_INPUT_OUTPUT, screen->root_visual, 0, nullptr);
        const char *name = "_NET_SYSTEM_TRAY_S0";
        xcb_intern_atom_reply_t *atom = xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, 0, uint16_t(std::strlen(name)), name),
            nullptr);
        if (!atom)
            return false;
        const xcb_atom_t selection = atom->atom;
        std::free(atom);
        xcb_set_selection_owner(m_connection, panel, selection, XCB_CURRENT_TIME);
        xcb_get_selection_owner_reply_t *owner = xcb_get_selection_owner_reply(
            m_connection, xcb_get_selection_owner(m_connection, selection), nullptr);
        const bool owned = owner && owner->owner == panel;
        std::free(owner);
        return owned;
    }

private:
    xcb_connection_t *m_connection = nullptr;
};

} // namespace lc::test
