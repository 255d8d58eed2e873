package org.socialpsych.chassis.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/** Put on a service's application class: imports the chassis beans. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(ChassisConfiguration.class)
public @interface EnableChassis {
}
