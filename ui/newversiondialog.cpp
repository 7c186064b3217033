// SPDX-License-Identifier: Apache-2.0
#include "ui/newversiondialog.h"

#include "ui/dialogchrome.h"
#include "ui/palettetones.h"
#include "ui/password/passwordgenerator.h"
#include "ui/secretvalueedit.h"
#include "ui/uilogging.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QToolButton>

namespace keystage::ui {

NewVersionDialog::NewVersionDialog(CsmsClient *client, const QString &secretName,
                                   const QList<VersionStages> &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_secret(secretName)
    , m_snapshot(snapshot)
    , m_value(new SecretValueEdit(this))
    , m_stages(new QLineEdit(this))
    , m_expires(new QCheckBox(tr("&Expires on"), this))
    , m_expiry(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_create(nullptr)
    , m_fromCurrent(new QPushButton(tr("Start from &current value"), this))
{
    setObjectName(QStringLiteral("newVersionDialog"));
    m_profileId = client ? client->profile().id : QString();
    setWindowTitle(tr("New version of %1").arg(secretName));
    setAccessibleName(tr("New version"));
    m_value->setPlaceholderText(tr("The new value (text or JSON)"));
    m_value->enableMasking(); // typed unseen, as a password is; Show shows it
    m_value->setMinimumHeight(90);
    m_stages->setObjectName(QStringLiteral("stagesEdit"));
    m_stages->setPlaceholderText(tr("SYSCURRENT (the default)"));
    m_stages->setAccessibleName(tr("Stages"));
    m_stages->setAccessibleDescription(
            tr("Optional: the stages the new version gets, separated by spaces or commas. Each "
               "stage moves from the version that holds it now. Empty: SYSCURRENT."));
    m_expires->setObjectName(QStringLiteral("expiresBox"));
    m_expires->setAccessibleName(tr("The version expires"));
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDateTime(QDateTime::currentDateTime().addDays(90));
    m_expiry->setEnabled(false);
    m_expiry->setAccessibleName(tr("Expiry date and time"));
    m_expiry->setAccessibleDescription(tr("When the version expires; it must be in the future."));

    m_fromCurrent->setObjectName(QStringLiteral("fromCurrentButton"));
    m_fromCurrent->setAutoDefault(false);
    m_fromCurrent->setAccessibleName(tr("Start from the current value"));
    m_fromCurrent->setToolTip(
            tr("Reads the value of the SYSCURRENT version into the editor, masked, to edit it. "
               "It replaces what is typed; nothing is read before you ask."));
    connect(m_fromCurrent, &QPushButton::clicked, this, &NewVersionDialog::startFromCurrent);
    auto *fromCurrentRow = new QHBoxLayout;
    fromCurrentRow->addWidget(m_fromCurrent);
    fromCurrentRow->addStretch(1);
    // After the value and its Show button, before the stages.
    setTabOrder(m_value->showButton(), m_fromCurrent);
    setTabOrder(m_fromCurrent, m_stages);

    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), fromCurrentRow);
    // Generate… (ui/password, issue 19): a server-generated password, masked until shown.
    form->addRow(QString(), new PasswordGenerator(
                                    m_value, [this]() { return m_client.data(); }, this));
    form->addRow(tr("&Stages:"), m_stages);
    form->addRow(tr("Expiry:"), expiryRow);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("What may happen"));
    QPalette warn = m_notes->palette();
    warn.setColor(QPalette::WindowText,
                  PaletteTones::foreground(PaletteTones::Tone::Warning, warn));
    m_notes->setPalette(warn);
    form->addRow(m_notes);

    m_create = buildActionDialog(
            this, form, m_problem, m_status,
            {tr("What is missing"), tr("Result"), tr("Create version"), tr("Create the version"),
             tr("Enabled once the value and the stages are valid."), tr("Cancel")});
    connect(m_create, &QPushButton::clicked, this, &NewVersionDialog::create);

    connect(m_value, &QPlainTextEdit::textChanged, this, &NewVersionDialog::updateState);
    connect(m_stages, &QLineEdit::textChanged, this, &NewVersionDialog::updateState);
    connect(m_expires, &QCheckBox::toggled, this, &NewVersionDialog::updateState);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &NewVersionDialog::updateState);
    connect(this, &QDialog::finished, m_value, &SecretValueEdit::wipe);
    connect(this, &QDialog::finished, this, &NewVersionDialog::abortFromCurrent);
    setMinimumWidth(480);
    updateState();
}

QStringList NewVersionDialog::stages() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList out;
    const QStringList parts = m_stages->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!out.contains(part))
            out << part;
    }
    return out;
}

QString NewVersionDialog::problem() const
{
    if (!m_client) {
        return tr("Not connected: what you typed is kept here, and Create is back when the "
                  "connection is.");
    }
    if (const StageRefusal state = StageRules::stateRefusal(m_traits, true);
        state != StageRefusal::None)
        return StageRules::refusalText(state);
    if (m_value->isEmpty())
        return tr("Enter the new value.");
    if (QString tooLong = m_value->lengthProblem(); !tooLong.isEmpty())
        return tooLong;
    const QStringList wanted = stages();
    int added = 0;
    for (const QString &stage : wanted) {
        if (!StageRules::isValidName(stage))
            return tr("%1 is not a valid stage name (letters, digits, - and _, at most 64).")
                    .arg(stage);
        if (StageRules::holderOf(m_snapshot, stage).isEmpty())
            ++added;
    }
    if (StageRules::stageCount(m_snapshot) + added > StageRules::MaxStages)
        return tr("A secret has at most %1 stages.").arg(StageRules::MaxStages);
    if (m_expires->isChecked() && m_expiry->dateTime() <= QDateTime::currentDateTime())
        return tr("The expiry must be in the future.");
    return {};
}

bool NewVersionDialog::canCreate() const
{
    return !m_busy && m_client && !m_secret.isEmpty() && problem().isEmpty();
}

QString NewVersionDialog::statusText() const
{
    return m_status->text();
}

QString NewVersionDialog::notesText() const
{
    return m_notes->text();
}

void NewVersionDialog::setSecretTraits(const SecretTraits &secret)
{
    m_traits = secret;
    updateState();
}

void NewVersionDialog::setClient(CsmsClient *client)
{
    if (client != m_client)
        abortFromCurrent();
    m_client = client;
    updateState();
}

void NewVersionDialog::updateState()
{
    m_expiry->setEnabled(m_expires->isChecked() && !m_busy);
    const bool started = !m_value->isEmpty() || !m_stages->text().isEmpty();
    const bool refused = StageRules::stateRefusal(m_traits, true) != StageRefusal::None;
    m_problem->setText(started || !m_client || refused ? problem() : QString());
    // Said before Create, never as a promise: what CSMS may do with this version.
    QStringList notes;
    const StagePrediction prediction = StageRules::predictNewVersion(m_snapshot, m_traits);
    for (const StageEffect &effect : prediction.effects)
        notes << effect.describe();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_create->setEnabled(canCreate());
    m_fromCurrent->setEnabled(m_client && !m_busy && !m_currentReply);
}

void NewVersionDialog::abortFromCurrent()
{
    if (m_currentReply)
        m_currentReply->abort(); // finishes as Cancelled: nothing lands in the editor
    m_currentReply = nullptr;
}

void NewVersionDialog::startFromCurrent()
{
    if (!m_client || m_busy || m_currentReply)
        return;
    const QString stage = QStringLiteral("SYSCURRENT");
    m_status->setText(tr("Reading the current value of %1…").arg(m_secret));
    const auto failed = [this](const ApiError &error) {
        m_currentReply = nullptr;
        if (error.kind != ApiError::Kind::Cancelled) {
            // The error's summary names the call and the code, never a value.
            m_status->setText(tr("The current value could not be read: %1").arg(error.summary()));
            Q_EMIT currentValueFailed(error);
        }
        updateState();
    };
    // The stage first: SYSCURRENT may have moved since the board was read.
    auto *stageReply = m_client->showStage(m_secret, stage);
    m_currentReply = stageReply;
    updateState();
    stageReply->then(this, [this, stageReply, failed](const ApiResult<Stage> &stageResult) {
        if (m_currentReply != stageReply)
            return;
        if (!stageResult.ok()) {
            failed(stageResult.error());
            return;
        }
        const QString versionId = stageResult->versionId;
        if (!m_client) {
            m_currentReply = nullptr;
            updateState();
            return;
        }
        auto *versionReply = m_client->showVersion(m_secret, versionId);
        m_currentReply = versionReply;
        versionReply->then(
                this, [this, versionReply, versionId, failed](const ApiResult<Version> &result) {
                    if (m_currentReply != versionReply)
                        return;
                    if (!result.ok()) {
                        failed(result.error());
                        return;
                    }
                    // Take the value out of the reply: only the editor holds it from now on.
                    Version version = result.value();
                    const_cast<Version &>(result.value()).wipe();
                    m_currentReply = nullptr;
                    fillFromCurrent(versionId, version);
                    version.wipe();
                });
    });
}

void NewVersionDialog::fillFromCurrent(const QString &versionId, Version &version)
{
    if (version.isBinary() || !version.secretString) {
        m_status->setText(
                tr("%1 holds a binary value: a new version starts from text only.").arg(versionId));
        updateState();
        return;
    }
    m_value->setMasked(true); // filled unseen, whatever the editor showed before
    m_value->setPlainText(*version.secretString);
    m_value->moveCursor(QTextCursor::End);
    m_value->setFocus(Qt::OtherFocusReason);
    m_status->setText(tr("Started from the value of %1 (SYSCURRENT), masked: edit it, then Create.")
                              .arg(versionId));
    updateState();
    Q_EMIT currentValueLoaded(versionId);
}

void NewVersionDialog::create()
{
    if (!canCreate())
        return;
    CreateVersionRequest request;
    request.versionStages = stages();
    if (m_expires->isChecked())
        request.expireTime = m_expiry->dateTime().toMSecsSinceEpoch();
    QString value = m_value->value();
    request.secretString = value;
    auto *reply = m_client->createVersion(m_secret, request);
    // The client has serialized the request: wipe every copy the dialog holds.
    request.secretString->fill(QChar(u'\0'));
    request.secretString.reset();
    SecretValueEdit::wipeString(value);
    m_value->wipe();
    m_busy = true;
    m_value->setEnabled(false);
    m_status->setText(tr("Creating a version of %1…").arg(m_secret));
    updateState();
    reply->then(this, [this](const ApiResult<VersionMetadata> &result) {
        m_busy = false;
        m_value->setEnabled(true);
        if (!result.ok()) {
            m_status->setText(tr("No version was created: %1. Enter the value again to retry.")
                                      .arg(result.error().summary()));
            updateState();
            Q_EMIT creationFailed(result.error());
            return;
        }
        qCInfo(lcUi) << "version created" << m_secret << result->id;
        m_status->setText(tr("%1 was created.").arg(result->id));
        Q_EMIT versionCreated(m_secret, result->id);
        accept();
    });
}

} // namespace keystage::ui
