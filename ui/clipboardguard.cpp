#include "ui/clipboardguard.h"

#include "ui/uilogging.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

namespace keystage::ui {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : ClipboardGuard(QGuiApplication::clipboard(), parent)
{}

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_salt.resize(16);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_salt.data()),
                                         reinterpret_cast<quint32 *>(m_salt.data() + 16));
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (m_clipboard)
        connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::setClearDelaySeconds(int seconds)
{
    m_delaySeconds = qMax(1, seconds);
}

QMimeData *ClipboardGuard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and other managers honour this hint and do not keep the entry in history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS: the nspasteboard.org concealed type (honoured by clipboard history tools).
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
    return mime;
}

void ClipboardGuard::copySecret(const QString &text)
{
    if (!m_clipboard)
        return;
    m_settingOurs = true;
    m_clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    if (m_clipboard->supportsSelection())
        m_clipboard->setMimeData(secretMimeData(text), QClipboard::Selection);
    m_settingOurs = false;
    m_fingerprint = fingerprint(text);
    m_remaining = m_delaySeconds;
    m_timer.start();
    qCInfo(lcUi) << "secret value copied; clearing in" << m_remaining << "s";
    Q_EMIT countdownChanged(m_remaining);
}

bool ClipboardGuard::holdsOurCopy() const
{
    if (!m_clipboard || m_fingerprint.isEmpty())
        return false;
    return fingerprint(m_clipboard->text(QClipboard::Clipboard)) == m_fingerprint;
}

void ClipboardGuard::clearNow()
{
    bool removed = false;
    const bool wasCounting = m_timer.isActive() || m_remaining > 0;
    m_timer.stop();
    if (!m_fingerprint.isEmpty() && m_clipboard) {
        for (const auto mode : {QClipboard::Clipboard, QClipboard::Selection}) {
            if (mode == QClipboard::Selection && !m_clipboard->supportsSelection())
                continue;
            if (fingerprint(m_clipboard->text(mode)) == m_fingerprint) {
                m_settingOurs = true;
                m_clipboard->clear(mode);
                m_settingOurs = false;
                removed = true;
            }
        }
    }
    m_fingerprint.clear();
    m_remaining = 0;
    if (wasCounting)
        Q_EMIT countdownChanged(0);
    if (removed) {
        qCInfo(lcUi) << "clipboard cleared";
        Q_EMIT cleared();
    }
}

void ClipboardGuard::tick()
{
    m_remaining = qMax(0, m_remaining - 1);
    if (m_remaining == 0) {
        clearNow();
        return;
    }
    Q_EMIT countdownChanged(m_remaining);
}

QByteArray ClipboardGuard::fingerprint(const QString &text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(text.toUtf8());
    return hash.result();
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_settingOurs || m_fingerprint.isEmpty())
        return;
    if (!holdsOurCopy()) {
        // Someone copied something else: it is theirs, never clear it.
        m_fingerprint.clear();
        m_timer.stop();
        m_remaining = 0;
        Q_EMIT countdownChanged(0);
        Q_EMIT replaced();
    }
}

} // namespace keystage::ui
