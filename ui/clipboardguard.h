// SPDX-License-Identifier: Apache-2.0
// ClipboardGuard: copies a secret value to the clipboard marked as a password (KDE
// x-kde-passwordManagerHint = secret, macOS concealed type, so clipboard managers skip it),
// counts down and clears it after clearDelaySeconds() — but only where the clipboard (or the X11
// selection) still holds one of our copies. Clears on quit too. Text views of values hand their
// selections out through handOut() (copy, cut, drag, the X11 selection), so no way out of a view
// skips the countdown. It keeps no copy of a value: only salted hashes to recognise them.
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace keystage::ui {

class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultClearDelaySeconds = 30;

    // The application clipboard by default.
    explicit ClipboardGuard(QObject *parent = nullptr);
    ClipboardGuard(QClipboard *clipboard, QObject *parent);
    ~ClipboardGuard() override; // clears our copy

    int clearDelaySeconds() const { return m_delaySeconds; }
    void setClearDelaySeconds(int seconds);
    int remainingSeconds() const { return m_remaining; } // 0 when nothing is pending
    bool isCountingDown() const { return m_remaining > 0; }

    // Puts text on the clipboard (and the X11 selection when there is one) and starts the
    // countdown.
    void copySecret(const QString &text);
    // Text a view hands to Qt for the clipboard, the X11 selection or a drag: the same marked MIME
    // data as copySecret() (the caller owns it), and the countdown starts over for it and for
    // every copy before it.
    QMimeData *handOut(const QString &text);
    // Does the clipboard or the X11 selection still hold something we copied or handed out?
    bool holdsOurCopy() const;
    // Clears the clipboard now if it still holds our copy; stops the countdown either way.
    void clearNow();

    // The MIME data copySecret() uses (exposed for tests).
    static QMimeData *secretMimeData(const QString &text);

Q_SIGNALS:
    void countdownChanged(int secondsLeft); // every second; 0 when done or cancelled
    void cleared(); // our copy was removed from the clipboard
    void replaced(); // someone else put something on the clipboard; we no longer clear it

private:
    void remember(const QString &text); // its fingerprint, and the countdown from the start
    void tick();
    QByteArray fingerprint(const QString &text) const;
    bool isOurs(QClipboard::Mode mode) const;
    QList<QClipboard::Mode> modes()
            const; // the clipboard, and the X11 selection where there is one
    void onClipboardChanged();

    QPointer<QClipboard> m_clipboard;
    QTimer m_timer;
    QByteArray m_salt;
    QList<QByteArray> m_fingerprints; // of every copy not cleared yet; empty: none pending
    int m_delaySeconds = defaultClearDelaySeconds;
    int m_remaining = 0;
    bool m_settingOurs = false;
};

} // namespace keystage::ui
