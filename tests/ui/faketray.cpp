// A system tray that shows nothing, for tests under Xvfb: it owns the _NET_SYSTEM_TRAY_S0
// selection and announces it (freedesktop System Tray Protocol), which is all Qt checks for
// QSystemTrayIcon::isSystemTrayAvailable(). Prints "ready" once it owns the selection, then
// waits until killed.

#include <X11/Xlib.h>

#include <cstdio>

int main()
{
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "faketray: no X display\n");
        return 1;
    }
    const Window root = DefaultRootWindow(display);
    const Window owner = XCreateSimpleWindow(display, root, 0, 0, 1, 1, 0, 0, 0);
    const Atom selection = XInternAtom(display, "_NET_SYSTEM_TRAY_S0", False);
    XSetSelectionOwner(display, selection, owner, CurrentTime);
    if (XGetSelectionOwner(display, selection) != owner) {
        std::fprintf(stderr, "faketray: another tray owns the selection\n");
        return 1;
    }
    XEvent event{};
    event.xclient.type = ClientMessage;
    event.xclient.window = root;
    event.xclient.message_type = XInternAtom(display, "MANAGER", False);
    event.xclient.format = 32;
    event.xclient.data.l[0] = CurrentTime;
    event.xclient.data.l[1] = static_cast<long>(selection);
    event.xclient.data.l[2] = static_cast<long>(owner);
    XSendEvent(display, root, False, StructureNotifyMask, &event);
    XFlush(display);
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        XNextEvent(display, &event); // dock requests are ignored: the icons stay unmapped
    }
}
