/** The cdk-nag v3 pack; a separate entry point so cdk-nag stays an optional peer dependency. */
export { SharedResponsibilityPack, type SharedResponsibilityPackProps } from './pack';
