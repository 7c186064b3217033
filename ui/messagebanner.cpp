#include "ui/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace keystage::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &headline, const QString &detail)
{
    m_level = level;
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    applyLevel();
    show();
}

void MessageBanner::showError(const QString &headline, const ApiError &error)
{
    QStringList lines;
    lines << error.message;
    QStringList ids;
    if (!error.code.isEmpty())
        ids << tr("Code %1").arg(error.code);
    if (error.httpStatus > 0)
        ids << tr("HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        ids << tr("Request id %1").arg(error.requestId);
    if (!ids.isEmpty())
        lines << ids.join(QStringLiteral(" · "));
    const Level level = error.kind == ApiError::Kind::Conflict ? Level::Warning : Level::Error;
    showMessage(level, headline, lines.join(QLatin1Char('\n')));
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageBanner::headline() const
{
    return m_headline->text();
}

QString MessageBanner::detail() const
{
    return m_detail->text();
}

void MessageBanner::applyLevel()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background(0xe8, 0xf1, 0xfb);
    if (m_level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xfd, 0xf3, 0xd8);
    } else if (m_level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xfb, 0xe4, 0xe4);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
}

} // namespace keystage::ui
