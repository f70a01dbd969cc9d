// Adds the widgets after the bundle has run, as a single-page app or a CMS block would.
document.body.innerHTML =
  '<dcw-role-comparison></dcw-role-comparison><dcw-salary-calculator></dcw-salary-calculator><dcw-skills-checklist></dcw-skills-checklist>';
