export { getMe, useMe, type Me, type CompanyMembership, type MeWithTag } from './api/get-me';
export { updateMyLocale } from './api/update-me';
export { pickCompany, rememberCompany } from './selected-company';
export { CompanySelector } from './components/CompanySelector';
export { LanguageSwitcher } from './components/LanguageSwitcher';
export { UserMenu } from './components/UserMenu';
export { NoCompany } from './components/NoCompany';
