#include "AboutDialog.h"

#include "Icons.h"
#include "KontorVersion.h"
#include "ui_AboutDialog.h"

#include <QDialogButtonBox>

namespace kontor::gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::application().pixmap(64, 64));
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->versionLabel->setText(tr("Version %1").arg(QLatin1String(KONTOR_VERSION_STRING)));
    m_ui->componentsLabel->setText(
        tr("Qt %1 (running on %2)\nQtKeychain %3")
            .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()), QLatin1String(KONTOR_QTKEYCHAIN_VERSION)));
    m_ui->licenseLabel->setText(tr("Copyright © Kontor. Proprietary software: all rights reserved."));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    adjustSize();
}

AboutDialog::~AboutDialog() = default;

} // namespace kontor::gui
