// SPDX-License-Identifier: Apache-2.0
#include "ui/newsecretdialog.h"

#include "core/admin/secretadmin.h"
#include "ui/dialogchrome.h"
#include "ui/metadata/createoptions.h"
#include "ui/password/passwordgenerator.h"
#include "ui/secretvalueedit.h"
#include "ui/uilogging.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace keystage::ui {

namespace {
// Huawei's definitions: 2048 bytes of UTF-8, not characters (one rule, in SecretAdmin).
constexpr int maxDescriptionBytes = SecretAdmin::maxDescriptionBytes;
} // namespace

NewSecretDialog::NewSecretDialog(CsmsClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_name(new QLineEdit(this))
    , m_value(new SecretValueEdit(this))
    , m_description(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_instance(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("newSecretDialog"));
    m_profileId = client ? client->profile().id : QString();
    setWindowTitle(tr("New secret"));
    setAccessibleName(tr("New secret"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(256); // a longer name is shown with the rule, not cut off at 64
    m_name->setPlaceholderText(tr("e.g. db-password"));
    m_name->setAccessibleName(tr("Secret name"));
    m_name->setAccessibleDescription(
            tr("1 to 64 letters, digits, hyphens or underscores; it cannot be changed later."));
    m_value->setPlaceholderText(tr("The value (text or JSON)"));
    m_value->enableMasking(); // typed unseen, as a password is; Show shows it
    m_value->setMinimumHeight(90);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    // Typed in full and refused with the rule, never cut off (a byte limit is not a length).
    m_description->setMaxLength(4 * maxDescriptionBytes);
    m_description->setAccessibleName(tr("Description"));
    m_description->setAccessibleDescription(tr("Optional, shown in the details."));
    m_type->setObjectName(QStringLiteral("typeBox"));
    m_type->addItem(tr("Common secret"), QStringLiteral("COMMON"));
    m_type->addItem(tr("RDS database account (RDS-FG)"), QStringLiteral("RDS-FG"));
    m_type->addItem(tr("TaurusDB database account (GaussDB-FG)"), QStringLiteral("GaussDB-FG"));
    m_type->setAccessibleName(tr("Secret type"));
    m_type->setAccessibleDescription(
            tr("Database account secrets belong to a database instance and need its id."));
    m_instance->setObjectName(QStringLiteral("instanceEdit"));
    m_instance->setAccessibleName(tr("Database instance id"));
    m_instance->setAccessibleDescription(tr("Required for RDS and TaurusDB (GaussDB-FG) secrets."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Value:"), m_value);
    // Generate… (ui/password, issue 19): a server-generated password, masked until shown.
    form->addRow(QString(), new PasswordGenerator(
                                    m_value, [this]() { return m_client.data(); }, this));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Instance id:"), m_instance);
    // Create options (issue 19): KMS key, a binary value, rotation, enterprise project.
    m_options = new CreateOptions(client ? client->profile() : Profile(), this);
    form->addRow(m_options);
    connect(m_options, &CreateOptions::changed, this, &NewSecretDialog::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, m_options,
            [this]() { m_options->setSecretType(m_type->currentData().toString()); });
    connect(this, &QDialog::finished, m_options, &CreateOptions::wipe);

    m_create = buildActionDialog(
            this, form, m_problem, m_status,
            {tr("What is missing"), tr("Result"), tr("Create"), tr("Create the secret"),
             tr("Enabled once the name and the value are valid."), tr("Cancel")});
    connect(m_create, &QPushButton::clicked, this, &NewSecretDialog::create);

    connect(m_name, &QLineEdit::textChanged, this, &NewSecretDialog::updateState);
    connect(m_value, &QPlainTextEdit::textChanged, this, &NewSecretDialog::updateState);
    connect(m_instance, &QLineEdit::textChanged, this, &NewSecretDialog::updateState);
    connect(m_description, &QLineEdit::textChanged, this, &NewSecretDialog::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewSecretDialog::updateState);
    connect(this, &QDialog::finished, m_value, &SecretValueEdit::wipe);
    setMinimumWidth(480);
    updateState();
}

QString NewSecretDialog::nameProblem(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-zA-Z0-9_-]*$"));
    if (name.isEmpty())
        return tr("Enter a name for the secret.");
    if (!allowed.match(name).hasMatch())
        return tr("A name may contain only letters, digits, hyphens (-) and underscores (_).");
    if (name.size() > 64)
        return tr("A name is at most 64 characters long; this one has %1.").arg(name.size());
    return {};
}

QString NewSecretDialog::problem() const
{
    if (!m_client) {
        return tr("Not connected: what you typed is kept here, and Create is back when the "
                  "connection is.");
    }
    const QString name = nameProblem(m_name->text());
    if (!name.isEmpty())
        return name;
    if (m_value->isEmpty() && !m_options->hasBinary())
        return tr("Enter the value to store.");
    if (QString tooLong = m_value->lengthProblem(); !tooLong.isEmpty())
        return tooLong;
    const qsizetype descriptionBytes = m_description->text().trimmed().toUtf8().size();
    if (descriptionBytes > maxDescriptionBytes) {
        return tr("The description takes %1 bytes of UTF-8; CSMS accepts at most %2.")
                .arg(descriptionBytes)
                .arg(maxDescriptionBytes);
    }
    if (m_type->currentIndex() > 0 && m_instance->text().trimmed().isEmpty())
        return tr("A database account secret needs the id of its database instance.");
    if (const QString options = m_options->problem(); !options.isEmpty())
        return options;
    return {};
}

bool NewSecretDialog::canCreate() const
{
    return !m_busy && m_client && problem().isEmpty();
}

QString NewSecretDialog::statusText() const
{
    return m_status->text();
}

void NewSecretDialog::setClient(CsmsClient *client)
{
    m_client = client;
    updateState();
}

void NewSecretDialog::updateState()
{
    m_instance->setEnabled(m_type->currentIndex() > 0 && !m_busy);
    // Say what is wrong only once there is something to judge.
    const bool started = !m_name->text().isEmpty() || !m_value->isEmpty() || m_options->hasBinary();
    if (m_options->hasBinary() && !m_value->isEmpty())
        m_value->wipe(); // one value: the file's
    m_value->setEnabled(!m_options->hasBinary() && !m_busy);
    m_problem->setText(started || !m_client ? problem() : QString());
    m_create->setEnabled(canCreate());
}

void NewSecretDialog::create()
{
    if (!canCreate())
        return;
    CreateSecretRequest request;
    request.name = m_name->text();
    request.description = m_description->text().trimmed();
    request.secretType = m_type->currentData().toString();
    if (m_type->currentIndex() > 0) {
        QJsonObject config{{QStringLiteral("InstanceId"), m_instance->text().trimmed()},
                           {QStringLiteral("SecretSubType"), QStringLiteral("SingleUser")}};
        request.rotationConfig
                = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    }
    QString value = m_value->value();
    request.secretString = value;
    m_options->apply(request); // a binary value replaces the text
    auto *reply = m_client->createSecret(request);
    // The client has serialized the request: wipe every copy the dialog holds.
    if (request.secretString)
        request.secretString->fill(QChar(u'\0'));
    request.secretString.reset();
    if (request.secretBinary)
        request.secretBinary->fill('\0');
    request.secretBinary.reset();
    m_options->wipe();
    SecretValueEdit::wipeString(value);
    m_value->wipe();
    m_busy = true;
    m_name->setEnabled(false);
    m_value->setEnabled(false);
    m_status->setText(tr("Creating %1…").arg(request.name));
    updateState();
    const QString name = request.name;
    reply->then(this, [this, name](const ApiResult<Secret> &result) {
        m_busy = false;
        m_name->setEnabled(true);
        m_value->setEnabled(true);
        if (!result.ok()) {
            m_status->setText(tr("%1 was not created: %2. Enter the value again to retry.")
                                      .arg(name, result.error().summary()));
            updateState();
            Q_EMIT creationFailed(result.error());
            return;
        }
        qCInfo(lcUi) << "secret created" << name;
        m_status->setText(tr("%1 was created.").arg(name));
        Q_EMIT secretCreated(name);
        accept();
    });
}

} // namespace keystage::ui
